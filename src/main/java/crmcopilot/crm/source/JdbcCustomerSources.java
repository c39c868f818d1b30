package crmcopilot.crm.source;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import crmcopilot.crm.ExternalJdbc;
import crmcopilot.crm.CustomerData;
import crmcopilot.crm.TypeDetector;
import crmcopilot.crm.CustomerSource;
import crmcopilot.crm.CustomerSources;
import crmcopilot.crm.SourceKind;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.SecretCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Saved customer sources in {@code crm_customer_sources}; reads through JDBC, read-only,
 * with a query timeout. The demo source reads the demo tables of the application's
 * database, only those, and only the workspace's rows.
 */
@Service
class JdbcCustomerSources implements CustomerSources {

	private static final Logger log = LoggerFactory.getLogger(JdbcCustomerSources.class);

	static final String DEMO_TABLE = "demo_seg_client";

	static final String DEMO_ENRICHMENT_TABLE = "demo_seg_client_enrichi";

	private static final Set<String> DEMO_TABLES = Set.of(DEMO_TABLE, DEMO_ENRICHMENT_TABLE);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final SecretCipher cipher;

	private final CrmSourceSettings settings;

	private final CustomerDatabases databases;

	JdbcCustomerSources(JdbcClient jdbc, DataSource dataSource, SecretCipher cipher, CrmSourceSettings settings,
			CustomerDatabases databases) {
		this.databases = databases;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.cipher = cipher;
		this.settings = settings;
	}

	@Override
	public CustomerSource demo(UUID workspaceId) {
		return list(workspaceId).stream()
			.filter((source) -> source.kind() == SourceKind.DEMO)
			.findFirst()
			.orElseGet(() -> insert(workspaceId, "Démo CRM", SourceKind.DEMO, null, null, null, DEMO_TABLE,
					DEMO_ENRICHMENT_TABLE));
	}

	@Override
	public CustomerSource saveJdbc(UUID workspaceId, String name, String url, @Nullable String username,
			@Nullable String password, String table, @Nullable String enrichmentTable) {
		checked("url", () -> {
			ExternalJdbc.checkUrl(url);
			return url;
		});
		String checkedTable = table("table", table);
		String checkedEnrichment = (enrichmentTable == null || enrichmentTable.isBlank()) ? null
				: table("enrichmentTable", enrichmentTable);
		try (Connection connection = this.databases.open(url, username, password)) {
			requireReadable(connection, checkedTable);
			if (checkedEnrichment != null) {
				requireReadable(connection, checkedEnrichment);
			}
		}
		catch (SQLException ex) {
			throw unreadable(checkedTable, ex);
		}
		String encrypted = (password == null || password.isEmpty()) ? null : this.cipher.encrypt(password);
		return insert(workspaceId, name.isBlank() ? checkedTable : name.strip(), SourceKind.JDBC, url.strip(), username,
				encrypted, checkedTable, checkedEnrichment);
	}

	@Override
	public Optional<CustomerSource> find(UUID workspaceId, UUID sourceId) {
		return this.jdbc.sql("SELECT * FROM crm_customer_sources WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, sourceId)
			.query(JdbcCustomerSources::source)
			.optional();
	}

	@Override
	public List<CustomerSource> list(UUID workspaceId) {
		return this.jdbc.sql("SELECT * FROM crm_customer_sources WHERE workspace_id = ? ORDER BY created_at")
			.params(workspaceId)
			.query(JdbcCustomerSources::source)
			.list();
	}

	@Override
	public CustomerData read(UUID workspaceId, UUID sourceId, String table, int limit) {
		CustomerSource source = find(workspaceId, sourceId).orElseThrow(() -> new InvalidInputException("sourceId",
				"crm.source.error.unknown", new Object[0], "unknown customer source " + sourceId));
		String checkedTable = table("table", table);
		try {
			if (source.kind() == SourceKind.DEMO) {
				if (!DEMO_TABLES.contains(checkedTable.toLowerCase(Locale.ROOT))) {
					throw new InvalidInputException("table", "crm.source.error.demoTables",
							new Object[] { String.join(", ", DEMO_TABLES) },
							"the demo source only has the tables " + DEMO_TABLES);
				}
				try (Connection connection = this.dataSource.getConnection()) {
					return read(connection, checkedTable, workspaceId, limit);
				}
			}
			String password = this.jdbc.sql("SELECT password_enc FROM crm_customer_sources WHERE id = ?")
				.param(sourceId)
				.query(String.class)
				.optional()
				.map(this.cipher::decrypt)
				.orElse(null);
			try (Connection connection = this.databases.open(source.jdbcUrl(), source.username(), password)) {
				return read(connection, checkedTable, null, limit);
			}
		}
		catch (SQLException ex) {
			throw unreadable(checkedTable, ex);
		}
	}

	/** The table only: the driver's text stays in the log. */
	private static InvalidInputException unreadable(String table, SQLException ex) {
		log.info("customer table {} unreadable: SQL state {}", table, ex.getSQLState());
		return new InvalidInputException("table", "crm.source.error.unreadableTable", new Object[] { table },
				"cannot read the table " + table + " (missing, or not readable by this user)");
	}

	@Override
	public CustomerData readCsv(InputStream content, int limit) {
		return CsvCustomerReader.read(content, this.settings.csvMaxBytes(), limit);
	}

	@Override
	public long maxUploadBytes() {
		return this.settings.csvMaxBytes();
	}

	private static String table(String field, String table) {
		return checked(field, () -> ExternalJdbc.checkTable(table));
	}

	/** Runs a check of {@link ExternalJdbc}, its refusal keyed and naming the field. */
	private static <T> T checked(String field, Supplier<T> check) {
		try {
			return check.get();
		}
		catch (ExternalJdbc.Refused ex) {
			throw new InvalidInputException(field, ex.messageKey(), ex.arguments(), ex.getMessage());
		}
	}

	private void requireReadable(Connection connection, String table) {
		try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table)) {
			statement.setQueryTimeout(this.settings.queryTimeout());
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
			}
		}
		catch (SQLException ex) {
			throw unreadable(table, ex);
		}
	}

	private CustomerData read(Connection connection, String table, @Nullable UUID workspaceId, int limit)
			throws SQLException {
		String sql = "SELECT * FROM " + table + ((workspaceId != null) ? " WHERE workspace_id = ?" : "");
		Reservoir<List<@Nullable String>> reservoir = new Reservoir<>(limit);
		List<String> names = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
				ResultSet.CONCUR_READ_ONLY)) {
			statement.setQueryTimeout(this.settings.queryTimeout());
			statement.setFetchSize(1000);
			if (workspaceId != null) {
				statement.setObject(1, workspaceId);
			}
			try (ResultSet rs = statement.executeQuery()) {
				ResultSetMetaData meta = rs.getMetaData();
				List<Integer> columns = new ArrayList<>();
				for (int c = 1; c <= meta.getColumnCount(); c++) {
					String name = meta.getColumnLabel(c).toLowerCase(Locale.ROOT);
					if (workspaceId != null && name.equals("workspace_id")) {
						continue;
					}
					columns.add(c);
					names.add(name);
				}
				while (rs.next()) {
					List<@Nullable String> row = new ArrayList<>(columns.size());
					for (int c : columns) {
						row.add(text(rs.getObject(c)));
					}
					reservoir.offer(row);
				}
			}
		}
		return new CustomerData(TypeDetector.profile(names, reservoir.rows()), reservoir.rows(), reservoir.seen(),
				reservoir.sampled(), List.of());
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toLocalDateTime().toLocalDate().toString();
		}
		return value.toString();
	}

	private CustomerSource insert(UUID workspaceId, String name, SourceKind kind, @Nullable String url,
			@Nullable String username, @Nullable String passwordEncrypted, String table,
			@Nullable String enrichmentTable) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		this.jdbc
			.sql("INSERT INTO crm_customer_sources (id, workspace_id, name, kind, jdbc_url, username, password_enc, "
					+ "table_name, enrichment_table, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, workspaceId, name, kind.name(), url, username, passwordEncrypted, table, enrichmentTable,
					OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		return new CustomerSource(id, workspaceId, name, kind, url, username, table, enrichmentTable, now);
	}

	private static CustomerSource source(ResultSet rs, int row) throws SQLException {
		return new CustomerSource(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("name"), SourceKind.valueOf(rs.getString("kind")), rs.getString("jdbc_url"),
				rs.getString("username"), rs.getString("table_name"), rs.getString("enrichment_table"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
