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

import crmcopilot.crm.ExternalJdbc;
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
 * URLs and table names are checked by the CRM's {@link ExternalJdbc} policy.
 */
public final class JdbcRows {

	private JdbcRows() {
	}

	/** What a read produced: the rows as CSV with a header, and their number. */
	public record Read(byte[] csv, int rows, List<String> columns) {
	}

	public static Read read(String url, String table, @Nullable String username, @Nullable String password,
			int batchSize, int maxRows) {
		ExternalJdbc.checkUrl(url);
		ExternalJdbc.checkTable(table);
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
