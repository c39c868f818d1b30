package crmcopilot.mail.internal;

import crmcopilot.shared.SsrfGuard;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import crmcopilot.mail.MailboxReader;
import crmcopilot.mail.MessageNormaliser;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Reads unseen mail over IMAP(S) with Jakarta Mail (Angus Mail), then flags it seen. */
@Service
class ImapMailboxReader implements MailboxReader {

	private final MessageNormaliser normaliser;

	private final MailSettings settings;

	private final SsrfGuard guard;

	ImapMailboxReader(MessageNormaliser normaliser, MailSettings settings, SsrfGuard guard) {
		this.normaliser = normaliser;
		this.settings = settings;
		this.guard = guard;
	}

	@Override
	public List<MailboxMessage> readNew(MailboxCredentials mailbox, int max) {
		// a workspace sets the host: checked before every connection
		this.guard.requireHost("host", mailbox.host());
		String protocol = mailbox.ssl() ? "imaps" : "imap";
		Properties properties = new Properties();
		String timeout = Long.toString(this.settings.timeout().toMillis());
		properties.put("mail." + protocol + ".connectiontimeout", timeout);
		properties.put("mail." + protocol + ".timeout", timeout);
		properties.put("mail." + protocol + ".writetimeout", timeout);
		Session session = Session.getInstance(properties);
		try (Store store = session.getStore(protocol)) {
			store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
			Folder folder = store.getFolder(mailbox.folder());
			folder.open(Folder.READ_WRITE);
			try {
				Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
				List<MailboxMessage> messages = new ArrayList<>();
				for (Message message : Arrays.copyOf(unseen, Math.min(max, unseen.length))) {
					messages.add(read((MimeMessage) message));
					message.setFlag(Flags.Flag.SEEN, true);
				}
				return messages;
			}
			finally {
				folder.close(false);
			}
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Cannot read mailbox " + mailbox + ": " + ex.getMessage(), ex);
		}
	}

	private MailboxMessage read(MimeMessage message) throws MessagingException, IOException {
		List<String> references = new ArrayList<>();
		String inReplyTo = message.getHeader("In-Reply-To", " ");
		if (inReplyTo != null) {
			references.addAll(ids(inReplyTo));
		}
		String referencesHeader = message.getHeader("References", " ");
		if (referencesHeader != null) {
			List<String> all = new ArrayList<>(ids(referencesHeader));
			java.util.Collections.reverse(all);
			all.stream().filter((id) -> !references.contains(id)).forEach(references::add);
		}
		String from = "unknown";
		if (message.getFrom() != null && message.getFrom().length > 0) {
			from = (message.getFrom()[0] instanceof InternetAddress address) ? address.getAddress()
					: message.getFrom()[0].toString();
		}
		Body body = new Body();
		List<MailboxReader.Attachment> attachments = new ArrayList<>();
		collect(message, body, attachments);
		String raw = (body.plain != null) ? body.plain
				: (body.html != null) ? this.normaliser.htmlToText(body.html) : "";
		String text = (body.plain != null) ? this.normaliser.normalise(body.plain, false)
				: this.normaliser.normalise((body.html != null) ? body.html : "", true);
		Instant received = (message.getSentDate() != null) ? message.getSentDate().toInstant()
				: (message.getReceivedDate() != null) ? message.getReceivedDate().toInstant() : Instant.now();
		return new MailboxMessage(message.getMessageID(), references, from, message.getSubject(), text, raw, received,
				attachments);
	}

	static List<String> ids(String header) {
		List<String> ids = new ArrayList<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<[^<>\\s]+>").matcher(header);
		while (matcher.find()) {
			ids.add(matcher.group());
		}
		return ids;
	}

	private static void collect(Part part, Body body, List<MailboxReader.Attachment> attachments)
			throws MessagingException, IOException {
		String disposition = part.getDisposition();
		if (Part.ATTACHMENT.equalsIgnoreCase(disposition)
				|| (part.getFileName() != null && !part.isMimeType("text/*"))) {
			attachments.add(new MailboxReader.Attachment(String.valueOf(part.getFileName()),
					part.getContentType().split(";")[0].strip().toLowerCase(java.util.Locale.ROOT),
					Math.max(0, part.getSize())));
			return;
		}
		if (part.isMimeType("text/plain") && body.plain == null) {
			body.plain = String.valueOf(part.getContent());
		}
		else if (part.isMimeType("text/html") && body.html == null) {
			body.html = String.valueOf(part.getContent());
		}
		else if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				collect(child, body, attachments);
			}
		}
	}

	private static final class Body {

		@Nullable String plain;

		@Nullable String html;

	}

}
