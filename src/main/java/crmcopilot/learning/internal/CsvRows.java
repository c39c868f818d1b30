package crmcopilot.learning.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import crmcopilot.shared.CsvLimits;
import crmcopilot.shared.CsvReader;

/**
 * A CSV file with a header, read by the shared {@link CsvReader} into rows of column →
 * value (a missing trailing value reads as an empty string).
 */
public record CsvRows(List<String> header, List<Map<String, String>> rows) {

	public static CsvRows read(byte[] content, String field, CsvLimits limits) {
		return read(new ByteArrayInputStream(content), field, limits);
	}

	public static CsvRows read(Path file, CsvLimits limits) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("no such file: " + file);
		}
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString(), limits);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static CsvRows read(InputStream in, String field, CsvLimits limits) {
		try (CsvReader reader = CsvReader.open(in, field, limits)) {
			List<String> header = reader.header();
			List<Map<String, String>> rows = new ArrayList<>();
			for (List<String> values = reader.next(); values != null; values = reader.next()) {
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), (i < values.size()) ? values.get(i) : "");
				}
				rows.add(row);
			}
			return new CsvRows(header, rows);
		}
	}

	/**
	 * @param option how the caller names the column's source in the error
	 */
	public void requireColumn(String column, String option) {
		if (!this.header.contains(column)) {
			throw new IllegalArgumentException(option + ": no column '" + column + "' in " + this.header);
		}
	}

	/** Whether every non-empty value of the column is a number. */
	public boolean isNumeric(String column) {
		for (Map<String, String> row : this.rows) {
			String value = row.get(column);
			if (value == null || value.isBlank()) {
				continue;
			}
			try {
				Double.parseDouble(value);
			}
			catch (NumberFormatException ex) {
				return false;
			}
		}
		return true;
	}

}
