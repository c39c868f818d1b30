package crmcopilot.learning.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file with a header, read into rows of column → value. */
public record CsvRows(List<String> header, List<Map<String, String>> rows) {

	public static CsvRows read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("no such file: " + file);
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	static CsvRows read(Reader reader) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			List<String> header = parser.getHeaderNames();
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> row = new LinkedHashMap<>();
				for (String column : header) {
					row.put(column, record.isSet(column) ? record.get(column) : "");
				}
				rows.add(row);
			}
			return new CsvRows(header, rows);
		}
	}

	public void requireColumn(String column, String option) {
		if (!this.header.contains(column)) {
			throw new IllegalArgumentException(option + ": no column '" + column + "' in " + this.header);
		}
	}

	/** Columns with a non-empty value that is not a number. */
	boolean isNumeric(String column) {
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
