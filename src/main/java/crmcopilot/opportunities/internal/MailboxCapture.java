package crmcopilot.opportunities.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.mail.MailboxReader;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.Texts;
import crmcopilot.workspace.SecretCipher;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceSettings;
import crmcopilot.workspace.Workspaces;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A sales workspace's mailbox, read over IMAP(S) by the support module's
 * {@link MailboxReader}: each new mail becomes a capture (its sender, subject and text,
 * as an uploaded {@code .eml} would), once — known by its {@code Message-ID}, and by the
 * capture's content hash. The last poll's outcome is kept for the settings page.
 */
@Service
public class MailboxCapture {

	static final String PREFIX = "opportunities.mailbox.";

	private static final Logger log = LoggerFactory.getLogger(MailboxCapture.class);

	private static final int BATCH = 50;

	private final WorkspaceSettings settings;

	private final SecretCipher cipher;

	private final MailboxReader reader;

	private final OpportunityCapture capture;

	private final Workspaces workspaces;

	private final JdbcClient jdbc;

	/** One poll at a time per workspace (the recurring task and "read now"). */
	private final java.util.Map<UUID, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();

	MailboxCapture(WorkspaceSettings settings, SecretCipher cipher, MailboxReader reader, OpportunityCapture capture,
			Workspaces workspaces, JdbcClient jdbc) {
		this.settings = settings;
		this.cipher = cipher;
		this.reader = reader;
		this.capture = capture;
		this.workspaces = workspaces;
		this.jdbc = jdbc;
	}

	/**
	 * The mailbox settings of a workspace (the password is never returned).
	 *
	 * @param passwordSet whether a password is stored
	 */
	public record Mailbox(@Nullable String host, int port, boolean ssl, String folder, @Nullable String user,
			boolean passwordSet) {

		public boolean configured() {
			return this.host != null && this.user != null && this.passwordSet;
		}

	}

	/**
	 * What the last poll did.
	 *
	 * @param at when it ran (null: never)
	 * @param created captures created
	 * @param error why it failed, when it did
	 */
	public record PollStatus(@Nullable OffsetDateTime at, int created, @Nullable String error) {
	}

	/** A mail already read, and the draft it became. */
	public record ReadMail(String messageKey, @Nullable String subject, @Nullable String sender, @Nullable UUID draftId,
			@Nullable String problem, OffsetDateTime createdAt) {
	}

	public Mailbox mailbox(UUID workspaceId) {
		return new Mailbox(value(workspaceId, "host"),
				Optional.ofNullable(value(workspaceId, "port")).map(Integer::parseInt).orElse(993),
				!"false".equals(value(workspaceId, "ssl")),
				Optional.ofNullable(value(workspaceId, "folder")).orElse("INBOX"), value(workspaceId, "user"),
				value(workspaceId, "password") != null);
	}

	/**
	 * Saves the settings; a blank password keeps the stored one, a blank host removes the
	 * mailbox.
	 */
	public void configure(UUID workspaceId, @Nullable String host, @Nullable String port, boolean ssl,
			@Nullable String folder, @Nullable String user, @Nullable String password) {
		if (host == null || host.isBlank()) {
			for (String key : List.of("host", "port", "ssl", "folder", "user", "password")) {
				this.settings.remove(workspaceId, PREFIX + key);
			}
			return;
		}
		String cleanHost = host.strip();
		if (!cleanHost.matches("[A-Za-z0-9.-]{1,253}")) {
			throw new InvalidInputException("host", "opportunities.mailbox.error.host", new Object[0],
					"is not a host name");
		}
		int portNumber;
		try {
			portNumber = (port == null || port.isBlank()) ? (ssl ? 993 : 143) : Integer.parseInt(port.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("port", "opportunities.mailbox.error.portNumber", new Object[0],
					"is not a number");
		}
		if (portNumber < 1 || portNumber > 65535) {
			throw new InvalidInputException("port", "opportunities.mailbox.error.portRange", new Object[0],
					"must be between 1 and 65535");
		}
		if (user == null || user.isBlank()) {
			throw new InvalidInputException("user", "opportunities.mailbox.error.user", new Object[0], "is required");
		}
		boolean hasPassword = value(workspaceId, "password") != null;
		if ((password == null || password.isBlank()) && !hasPassword) {
			throw new InvalidInputException("password", "opportunities.mailbox.error.password", new Object[0],
					"is required");
		}
		this.settings.put(workspaceId, PREFIX + "host", cleanHost);
		this.settings.put(workspaceId, PREFIX + "port", Integer.toString(portNumber));
		this.settings.put(workspaceId, PREFIX + "ssl", Boolean.toString(ssl));
		this.settings.put(workspaceId, PREFIX + "folder",
				(folder == null || folder.isBlank()) ? "INBOX" : folder.strip());
		this.settings.put(workspaceId, PREFIX + "user", user.strip());
		if (password != null && !password.isBlank()) {
			this.settings.put(workspaceId, PREFIX + "password", this.cipher.encrypt(password));
		}
	}

	public PollStatus status(UUID workspaceId) {
		String at = value(workspaceId, "last-poll");
		String created = value(workspaceId, "last-created");
		return new PollStatus((at != null) ? OffsetDateTime.parse(at) : null,
				(created != null) ? Integer.parseInt(created) : 0, value(workspaceId, "last-error"));
	}

	public List<ReadMail> recent(UUID workspaceId, int max) {
		return this.jdbc.sql("""
				SELECT message_key, subject, sender, draft_id, problem, created_at FROM opp_mailbox_messages
				WHERE workspace_id = ? ORDER BY created_at DESC LIMIT ?""")
			.params(workspaceId, max)
			.query((rs, row) -> new ReadMail(rs.getString("message_key"), rs.getString("subject"),
					rs.getString("sender"), rs.getObject("draft_id", UUID.class), rs.getString("problem"),
					rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}

	/** Polls every configured mailbox; a failing one is reported on its settings page. */
	public void pollAll() {
		for (Workspace workspace : this.workspaces.all()) {
			if (!mailbox(workspace.id()).configured()) {
				continue;
			}
			try {
				poll(workspace.id());
			}
			catch (RuntimeException ex) {
				log.warn("Sales mailbox of workspace {} not read: {}", workspace.slug(), ex.getMessage());
			}
		}
	}

	/**
	 * Reads the new mails of the workspace's mailbox into captures.
	 * @return captures created (mails already known excluded)
	 * @throws IllegalStateException when the mailbox cannot be read (the reason is kept
	 * for the settings page)
	 */
	public int poll(UUID workspaceId) {
		synchronized (this.locks.computeIfAbsent(workspaceId, (id) -> new Object())) {
			return pollAlone(workspaceId);
		}
	}

	private int pollAlone(UUID workspaceId) {
		Mailbox mailbox = mailbox(workspaceId);
		if (!mailbox.configured()) {
			throw new InvalidInputException("host", "opportunities.mailbox.error.notConfigured", new Object[0],
					"no mailbox is configured");
		}
		String password = this.cipher.decrypt(value(workspaceId, "password"));
		List<MailboxReader.MailboxMessage> mails;
		try {
			mails = this.reader.readNew(new MailboxReader.MailboxCredentials(mailbox.host(), mailbox.port(),
					mailbox.ssl(), mailbox.user(), password, mailbox.folder()), BATCH);
		}
		catch (RuntimeException ex) {
			record(workspaceId, 0, (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName());
			throw ex;
		}
		ZoneId zone = this.workspaces.find(workspaceId).map(Workspace::timeZone).orElse(ZoneOffset.UTC);
		int created = 0;
		for (MailboxReader.MailboxMessage mail : mails) {
			if (captureOnce(workspaceId, mail, zone)) {
				created++;
			}
		}
		record(workspaceId, created, null);
		return created;
	}

	private boolean captureOnce(UUID workspaceId, MailboxReader.MailboxMessage mail, ZoneId zone) {
		String text = text(mail);
		String hash = OpportunityCaptureService.contentHash(text);
		String key = (mail.messageId() != null && !mail.messageId().isBlank()) ? Texts.truncate(mail.messageId(), 500)
				: "sha256:" + hash;
		boolean known = this.jdbc.sql(
				"SELECT COUNT(*) FROM opp_mailbox_messages WHERE workspace_id = ? AND (message_key = ? OR content_hash = ?)")
			.params(workspaceId, key, hash)
			.query(Long.class)
			.single() > 0;
		if (known) {
			return false;
		}
		UUID draftId = null;
		String problem = null;
		boolean created = false;
		if (mail.rawText().isBlank() && (mail.subject() == null || mail.subject().isBlank())) {
			problem = "empty mail";
		}
		else {
			try {
				LocalDate date = mail.receivedAt().atZone(zone).toLocalDate();
				OpportunityDraft draft = this.capture.submit(workspaceId, "mailbox:" + Texts.truncate(mail.from(), 200),
						new OpportunityCapture.Submission(OpportunityCapture.EMAIL,
								(mail.subject() != null) ? mail.subject() : key, text, date));
				draftId = draft.id();
				created = !draft.duplicate();
			}
			catch (InvalidInputException ex) {
				problem = ex.getMessage();
			}
		}
		try {
			this.jdbc
				.sql("""
						INSERT INTO opp_mailbox_messages (workspace_id, message_key, content_hash, draft_id, subject, sender,
						  problem, received_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(workspaceId, key, hash, draftId, Texts.truncate(mail.subject(), 500),
						Texts.truncate(mail.from(), 320), Texts.truncate(problem, 1000),
						mail.receivedAt().atOffset(ZoneOffset.UTC), OffsetDateTime.now(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		return created;
	}

	/** The capture text of a mail, as an uploaded {@code .eml} gives it. */
	static String text(MailboxReader.MailboxMessage mail) {
		StringBuilder text = new StringBuilder();
		text.append("De : ").append(mail.from()).append('\n');
		if (mail.subject() != null && !mail.subject().isBlank()) {
			text.append("Objet : ").append(mail.subject().strip()).append('\n');
		}
		return text.append('\n').append(mail.rawText().strip()).toString();
	}

	private void record(UUID workspaceId, int created, @Nullable String error) {
		this.settings.put(workspaceId, PREFIX + "last-poll", OffsetDateTime.now(ZoneOffset.UTC).toString());
		this.settings.put(workspaceId, PREFIX + "last-created", Integer.toString(created));
		if (error != null) {
			this.settings.put(workspaceId, PREFIX + "last-error", Texts.truncate(error, 1000));
		}
		else {
			this.settings.remove(workspaceId, PREFIX + "last-error");
		}
	}

	private @Nullable String value(UUID workspaceId, String key) {
		return this.settings.get(workspaceId, PREFIX + key).filter((value) -> !value.isBlank()).orElse(null);
	}

}
