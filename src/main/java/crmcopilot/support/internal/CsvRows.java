package crmcopilot.support.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import crmcopilot.shared.CsvLimits;
import crmcopilot.shared.CsvReader;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;

/**
 * The rows of a small CSV file (support's shipped data, an import, a command's input)
 * read through the shared {@link CsvReader}, each as its values by lower-cased column
 * name.
 */
public final class CsvRows {

	private CsvRows() {
	}

	/** A file shipped in the module's resources. */
	static List<Row> resource(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return read(in, path, CsvLimits.DEFAULT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param field what errors name (a form field, a file name)
	 * @throws crmcopilot.shared.CsvReadException when the file is not readable within its
	 * limits
	 */
	public static List<Row> read(InputStream in, String field, CsvLimits limits) {
		List<Row> rows = new ArrayList<>();
		try (CsvReader csv = CsvReader.open(in, field, limits)) {
			List<String> header = csv.header().stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
			for (List<String> values = csv.next(); values != null; values = csv.next()) {
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < Math.min(header.size(), values.size()); i++) {
					row.put(header.get(i), values.get(i));
				}
				rows.add(new Row(csv.lineNumber(), row));
			}
		}
		return rows;
	}

	/**
	 * One row.
	 *
	 * @param line its line number in the file
	 */
	public record Row(long line, Map<String, String> values) {

		/** The value of a column, stripped; null when the column is absent or blank. */
		public @Nullable String get(String column) {
			String value = this.values.get(column);
			return (value == null || value.isBlank()) ? null : value.strip();
		}

		/** The value of the first of these columns that has one, or null. */
		public @Nullable String first(String... columns) {
			for (String column : columns) {
				String value = get(column);
				if (value != null) {
					return value;
				}
			}
			return null;
		}

		/** The value of a column as written, empty when absent. */
		public String raw(String column) {
			return this.values.getOrDefault(column, "");
		}

	}

}
