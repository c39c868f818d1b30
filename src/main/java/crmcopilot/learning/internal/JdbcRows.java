package crmcopilot.learning.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import crmcopilot.crm.ExternalJdbc;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Reads a merchant's training rows from one table of its own database, in batches of
 * {@code batchSize} rows (JDBC fetch size, read-only transaction so PostgreSQL streams
 * with a cursor) and never more than {@code maxRows}. Column names are lower-cased so a
 * table matches the same declared label and feature names as a CSV import. The result is
 * the CSV the import path stores, so both sources train identically.
 * <p>
 * Table names are checked by the CRM's {@link ExternalJdbc} policy; the caller opens the
 * connection, so that the outbound guard sees every host first.
 */
public final class JdbcRows {

	private JdbcRows() {
	}

	/** What a read produced: the rows as CSV with a header, and their number. */
	public record Read(byte[] csv, int rows, List<String> columns) {
	}

	/**
	 * Reads every row of the table over a connection the caller opened (and checked with
	 * the outbound guard).
	 * @throws SQLException when the table cannot be read
	 * @throws TooManyRows when the table holds more than {@code maxRows} rows
	 */
	public static Read read(Connection connection, String table, int batchSize, int maxRows) throws SQLException {
		ExternalJdbc.checkTable(table);
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

	/** The table holds more rows than a read may take. */
	public static final class TooManyRows extends RuntimeException {

		private final int maxRows;

		TooManyRows(int maxRows) {
			super("the table has more than " + maxRows + " rows");
			this.maxRows = maxRows;
		}

		public int maxRows() {
			return this.maxRows;
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
					throw new TooManyRows(maxRows);
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
