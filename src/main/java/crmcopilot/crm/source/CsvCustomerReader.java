package crmcopilot.crm.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import crmcopilot.crm.CustomerData;
import crmcopilot.crm.TypeDetector;
import crmcopilot.shared.CsvLimits;
import crmcopilot.shared.CsvReadException;
import crmcopilot.shared.CsvReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV/TSV upload of customers through the shared {@link CsvReader} (streamed,
 * size, column and value bounds, separator and encoding detection), keeps a deterministic
 * sample of its rows and reports rows with the wrong number of fields.
 */
final class CsvCustomerReader {

	private static final int MAX_BAD_ROWS_REPORTED = 100;

	private static final String UNREADABLE = "csv.error.unreadable";

	private CsvCustomerReader() {
	}

	/**
	 * @param maxBytes the largest file accepted
	 * @param limit rows kept in the sample
	 * @throws CsvReadException when the file is too big, binary, has no header or crosses
	 * a column or value bound: bad input naming the field {@code file}, with the
	 * {@code csv.error.*} message key pages and the API show in the reader's language
	 */
	static CustomerData read(InputStream content, long maxBytes, int limit) {
		CsvLimits limits = CsvLimits.DEFAULT.withMaxBytes(maxBytes).withMaxRows(Long.MAX_VALUE);
		List<CustomerData.BadRow> badRows = new ArrayList<>();
		Reservoir<List<@Nullable String>> reservoir = new Reservoir<>(limit);
		long badCount = 0;
		List<String> names;
		try (content; CsvReader csv = CsvReader.open(content, "file", limits)) {
			names = csv.header();
			while (true) {
				List<String> record;
				try {
					record = csv.next();
				}
				catch (CsvReadException ex) {
					if (!UNREADABLE.equals(ex.messageKey())) {
						throw ex;
					}
					badRows.add(new CustomerData.BadRow(csv.lineNumber(), "unreadable from here on"));
					badCount++;
					break;
				}
				if (record == null) {
					break;
				}
				if (record.size() != names.size()) {
					badCount++;
					if (badRows.size() < MAX_BAD_ROWS_REPORTED) {
						badRows.add(new CustomerData.BadRow(csv.lineNumber(),
								"expected %d fields, found %d".formatted(names.size(), record.size())));
					}
					continue;
				}
				List<@Nullable String> row = new ArrayList<>(names.size());
				for (String value : record) {
					row.add(value.isEmpty() ? null : value);
				}
				reservoir.offer(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (badCount > badRows.size()) {
			badRows
				.add(new CustomerData.BadRow(-1, "%d more bad rows not listed".formatted(badCount - badRows.size())));
		}
		return new CustomerData(TypeDetector.profile(names, reservoir.rows()), reservoir.rows(), reservoir.seen(),
				reservoir.sampled(), badRows);
	}

}
