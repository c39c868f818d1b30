package crmcopilot.learning.internal.training;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import crmcopilot.crm.ExternalJdbc;
import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.Actors;
import crmcopilot.learning.internal.Inputs;
import crmcopilot.learning.internal.JdbcRows;
import crmcopilot.learning.internal.LearningSettings;
import crmcopilot.learning.internal.JdbcSourceStore;
import crmcopilot.learning.internal.JdbcSourceStore.StoredSource;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.SsrfGuard;
import crmcopilot.workspace.SecretCipher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Training data read from a merchant's own database: a JDBC URL, a table and optional
 * credentials (the password encrypted at rest with {@link SecretCipher}). Each read takes
 * the whole table in bounded batches and stores it as the merchant's dataset through the
 * same import as a CSV, so the declared label and the shared features are the same. The
 * platform's own database is refused as a source.
 */
@Service
public class JdbcTrainingSources {

	private static final Logger log = LoggerFactory.getLogger(JdbcTrainingSources.class);

	/**
	 * A source as the merchant declares it.
	 *
	 * @param password in clear here only; stored encrypted
	 */
	public record JdbcSource(String url, String table, String labelColumn, @Nullable String username,
			@Nullable String password) {
	}

	/** A saved source as shown back (never the password). */
	public record SourceInfo(String url, String table, String labelColumn, @Nullable String username,
			boolean hasPassword) {
	}

	private final JdbcSourceStore store;

	private final TrainingData learning;

	private final SecretCipher cipher;

	private final AuditJournal journal;

	private final LearningSettings settings;

	private final SsrfGuard guard;

	private final @Nullable String ownDatabase;

	JdbcTrainingSources(JdbcSourceStore store, TrainingData learning, SecretCipher cipher, AuditJournal journal,
			LearningSettings settings, SsrfGuard guard, Environment environment) {
		this.store = store;
		this.learning = learning;
		this.cipher = cipher;
		this.journal = journal;
		this.settings = settings;
		this.guard = guard;
		String own = environment.getProperty("spring.datasource.url");
		this.ownDatabase = (own != null) ? base(own) : null;
	}

	/** Checks and saves the source, then reads it once. */
	public TrainingData.DatasetInfo connect(UUID workspaceId, JdbcSource source, String actor) {
		Inputs.bounded("url", source.url(), Inputs.JDBC_URL);
		Inputs.bounded("table", source.table(), Inputs.NAME);
		Inputs.bounded("label", source.labelColumn(), Inputs.COLUMN);
		Inputs.bounded("username", source.username(), Inputs.NAME);
		String url = source.url().trim();
		String table = source.table().trim();
		String label = source.labelColumn().trim().toLowerCase(Locale.ROOT);
		try {
			ExternalJdbc.checkUrl(url);
		}
		catch (IllegalArgumentException ex) {
			throw refusedUrl(ex.getMessage());
		}
		if (base(url).equals(this.ownDatabase)) {
			throw new InvalidInputException("url", "learning.error.jdbc-own-database", new Object[0],
					"the platform's own database cannot be a training source");
		}
		try {
			ExternalJdbc.checkTable(table);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("table", "learning.error.jdbc-table", new Object[0], ex.getMessage());
		}
		if (label.isEmpty()) {
			throw new InvalidInputException("label", "learning.error.label-required", new Object[0],
					"the label column is required");
		}
		// read first: a source that cannot be read is not saved
		JdbcRows.Read read = read(url, table, label, source.username(), source.password());
		String password = source.password();
		this.store.save(workspaceId, url, table, label, source.username(),
				(password != null && !password.isEmpty()) ? this.cipher.encrypt(password) : null);
		this.journal.record(
				AuditEvent
					.of(workspaceId, "learning.jdbc-source.saved", "jdbc-source", workspaceId.toString(), null,
							Map.of("table", table, "label", label))
					.by(actor, Actors.type(actor)));
		return store(workspaceId, table, label, read, actor);
	}

	public Optional<SourceInfo> source(UUID workspaceId) {
		return this.store.find(workspaceId)
			.map((s) -> new SourceInfo(s.url(), s.table(), s.labelColumn(), s.username(),
					s.passwordEncrypted() != null));
	}

	/**
	 * Reads the saved source again into a new dataset; empty when the workspace has no
	 * JDBC source.
	 */
	public Optional<TrainingData.DatasetInfo> refresh(UUID workspaceId, String actor) {
		Optional<StoredSource> found = this.store.find(workspaceId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		StoredSource source = found.get();
		String password = (source.passwordEncrypted() != null) ? this.cipher.decrypt(source.passwordEncrypted()) : null;
		JdbcRows.Read read = read(source.url(), source.table(), source.labelColumn(), source.username(), password);
		return Optional.of(store(workspaceId, source.table(), source.labelColumn(), read, actor));
	}

	private JdbcRows.Read read(String url, String table, String label, @Nullable String username,
			@Nullable String password) {
		JdbcRows.Read read;
		try (Connection connection = open(url, username, password)) {
			read = JdbcRows.read(connection, table, this.settings.jdbcBatchSize(), this.settings.jdbcMaxRows());
		}
		catch (JdbcRows.TooManyRows ex) {
			throw new InvalidInputException("table", "learning.error.jdbc-too-many-rows",
					new Object[] { table, ex.maxRows() },
					"the table " + table + " has more than " + ex.maxRows() + " rows");
		}
		catch (SQLException ex) {
			log.info("training table unreadable: SQL state {}", ex.getSQLState());
			throw new InvalidInputException("table", "learning.error.jdbc-read", new Object[] { table },
					"the table " + table + " cannot be read");
		}
		if (read.rows() == 0) {
			throw new InvalidInputException("table", "learning.error.jdbc-empty-table", new Object[0],
					"the table has no rows");
		}
		if (!read.columns().contains(label)) {
			throw new InvalidInputException("label", "learning.error.no-label-column", new Object[] { label },
					"no column '" + label + "' in the table");
		}
		return read;
	}

	/**
	 * A connection to the merchant's database once every host of the URL passed the
	 * outbound guard (a name may resolve elsewhere since the source was saved). Any
	 * failure to connect reads the same, whether the port is closed, the host unknown or
	 * the login wrong: the driver's text (ports, addresses, versions) stays out of the
	 * answer.
	 */
	private Connection open(String url, @Nullable String username, @Nullable String password) {
		try {
			ExternalJdbc.checkUrl(url);
		}
		catch (IllegalArgumentException ex) {
			throw refusedUrl(ex.getMessage());
		}
		ExternalJdbc.hosts(url).forEach((host) -> this.guard.requireHost("url", host));
		Properties properties = new Properties();
		if (username != null && !username.isBlank()) {
			properties.setProperty("user", username);
		}
		if (password != null && !password.isEmpty()) {
			properties.setProperty("password", password);
		}
		try {
			return DriverManager.getConnection(url.trim(), properties);
		}
		catch (SQLException ex) {
			log.info("training database unreachable: SQL state {}", ex.getSQLState());
			throw new InvalidInputException("url", "outbound.error.unreachable", new Object[0],
					"the database cannot be reached with this URL, user and password");
		}
	}

	private TrainingData.DatasetInfo store(UUID workspaceId, String table, String label, JdbcRows.Read read,
			String actor) {
		TrainingData.DatasetInfo info;
		try {
			info = this.learning.importDataset(workspaceId, "jdbc:" + table, label, read.csv(), actor);
		}
		catch (DatasetTooLargeException ex) {
			// the merchant chose a table, not a file
			throw new InvalidInputException("table", ex.messageKey(), ex.arguments(), ex.getMessage());
		}
		this.store.markRead(workspaceId);
		return info;
	}

	private static InvalidInputException refusedUrl(String detail) {
		return new InvalidInputException("url", "learning.error.jdbc-url", new Object[0], detail);
	}

	/** The URL without its parameters, lower-cased: what identifies a database. */
	static String base(String url) {
		String value = url.trim().toLowerCase(Locale.ROOT);
		int cut = value.length();
		for (char c : new char[] { ';', '?' }) {
			int at = value.indexOf(c);
			if (at >= 0) {
				cut = Math.min(cut, at);
			}
		}
		return value.substring(0, cut);
	}

}
