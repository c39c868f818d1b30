package crmcopilot.learning.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Reads a merchant's training rows from one table of its own database, in batches of
 * {@code batchSize} rows (JDBC fetch size, read-only transaction so PostgreSQL streams
 * with a cursor) and never more than {@code maxRows}. Column names are lower-cased so a
 * table matches the same declared label and feature names as a CSV import. The result is
 * the CSV the import path stores, so both sources train identically.
 * <p>
 * Only PostgreSQL URLs and in-memory H2 URLs are accepted, with a short list of harmless
 * parameters: driver parameters that load classes, write files or run scripts (H2
 * {@code INIT}, PostgreSQL {@code socketFactory}, {@code loggerFile}, ...) are refused.
 */
public final class JdbcRows {

	private static final Pattern TABLE = Pattern
		.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

	private static final Pattern POSTGRESQL = Pattern
		.compile("jdbc:postgresql://[A-Za-z0-9.\\-\\[\\]:]+(:[0-9]{1,5})?/[A-Za-z0-9_\\-]+(\\?.*)?");

	private static final Pattern H2_MEMORY = Pattern.compile("jdbc:h2:mem:[A-Za-z0-9_\\-]+(;.*)?");

	private static final Set<String> POSTGRESQL_PARAMETERS = Set.of("ssl", "sslmode", "currentschema",
			"applicationname", "connecttimeout", "sockettimeout");

	private static final Set<String> H2_PARAMETERS = Set.of("db_close_delay", "mode", "database_to_lower");

	private JdbcRows() {
	}

	/** What a read produced: the rows as CSV with a header, and their number. */
	public record Read(byte[] csv, int rows, List<String> columns) {
	}

	/** Throws {@link IllegalArgumentException} naming what is wrong with the URL. */
	public static void checkUrl(String url) {
		String value = url.trim();
		if (POSTGRESQL.matcher(value).matches()) {
			int query = value.indexOf('?');
			if (query >= 0) {
				checkParameters(value.substring(query + 1).split("&"), POSTGRESQL_PARAMETERS);
			}
			return;
		}
		if (H2_MEMORY.matcher(value).matches()) {
			int settings = value.indexOf(';');
			if (settings >= 0) {
				checkParameters(value.substring(settings + 1).split(";"), H2_PARAMETERS);
			}
			return;
		}
		throw new IllegalArgumentException("only jdbc:postgresql://host/db and jdbc:h2:mem: URLs are accepted");
	}

	public static void checkTable(String table) {
		if (!TABLE.matcher(table.trim()).matches()) {
			throw new IllegalArgumentException("the table must be a plain name (schema.table allowed)");
		}
	}

	private static void checkParameters(String[] pairs, Set<String> allowed) {
		for (String pair : pairs) {
			if (pair.isBlank()) {
				continue;
			}
			String key = pair.split("=", 2)[0].trim().toLowerCase(Locale.ROOT);
			if (!allowed.contains(key)) {
				throw new IllegalArgumentException("URL parameter not allowed: " + key);
			}
		}
	}

	public static Read read(String url, String table, @Nullable String username, @Nullable String password,
			int batchSize, int maxRows) {
		checkUrl(url);
		checkTable(table);
		Properties properties = new Properties();
		if (username != null && !username.isBlank()) {
			properties.setProperty("user", username);
		}
		if (password != null && !password.isEmpty()) {
			properties.setProperty("password", password);
		}
		try (Connection connection = DriverManager.getConnection(url.trim(), properties)) {
			connection.setReadOnly(true);
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + table.trim(),
					ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
				statement.setFetchSize(batchSize);
				statement.setMaxRows(maxRows + 1);
				statement.setQueryTimeout(300);
				try (ResultSet rs = statement.executeQuery()) {
					return toCsv(rs, maxRows);
				}
			}
			finally {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			throw new IllegalArgumentException("cannot read the table: " + ex.getMessage(), ex);
		}
	}

	private static Read toCsv(ResultSet rs, int maxRows) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		int n = meta.getColumnCount();
		List<String> columns = new ArrayList<>(n);
		for (int i = 1; i <= n; i++) {
			columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
		}
		StringWriter out = new StringWriter();
		int rows = 0;
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).setRecordSeparator('\n').get())) {
			String[] values = new String[n];
			while (rs.next()) {
				if (++rows > maxRows) {
					throw new IllegalArgumentException("the table has more than " + maxRows + " rows");
				}
				for (int i = 1; i <= n; i++) {
					String value = rs.getString(i);
					values[i - 1] = (value != null) ? value : "";
				}
				printer.printRecord((Object[]) values);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Read(out.toString().getBytes(StandardCharsets.UTF_8), rows, List.copyOf(columns));
	}

}
