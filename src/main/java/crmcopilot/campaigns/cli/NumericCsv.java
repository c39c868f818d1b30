package crmcopilot.campaigns.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.FeatureMatrix;

/**
 * Reads the numeric columns of a delimited text file with a header row into a
 * {@link FeatureMatrix}. Rows with an empty or non-numeric value in a selected column are
 * skipped and counted.
 */
final class NumericCsv {

	private NumericCsv() {
	}

	record Table(FeatureMatrix matrix, int[] sourceRows, int skippedRows) {
	}

	static char separator(@Nullable String option, Path file) throws IOException {
		if (option != null) {
			return switch (option) {
				case "\\t", "\t", "tab", "TAB" -> '\t';
				case ",", ";", "|" -> option.charAt(0);
				default -> throw new IllegalArgumentException("separator must be , ; | or \\t, was '" + option + "'");
			};
		}
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String header = reader.readLine();
			if (header == null) {
				throw new IllegalArgumentException(file + " is empty");
			}
			char best = ',';
			long bestCount = 0;
			for (char candidate : new char[] { '\t', ';', ',', '|' }) {
				long count = header.chars().filter((ch) -> ch == candidate).count();
				if (count > bestCount) {
					best = candidate;
					bestCount = count;
				}
			}
			return best;
		}
	}

	static Table read(Path file, char separator, @Nullable List<String> features) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("input file not found: " + file);
		}
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(separator)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.get();
		List<String[]> rows = new ArrayList<>();
		List<String> header;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = format.parse(reader)) {
			header = parser.getHeaderNames();
			for (CSVRecord record : parser) {
				String[] values = new String[header.size()];
				for (int c = 0; c < header.size(); c++) {
					values[c] = (c < record.size()) ? record.get(c) : "";
				}
				rows.add(values);
			}
		}
		List<Integer> columns = new ArrayList<>();
		if (features == null || features.isEmpty()) {
			for (int c = 0; c < header.size(); c++) {
				if (isNumeric(rows, c)) {
					columns.add(c);
				}
			}
			if (columns.isEmpty()) {
				throw new IllegalArgumentException("no numeric column in " + file);
			}
		}
		else {
			for (String feature : features) {
				int index = header.indexOf(feature.trim());
				if (index < 0) {
					throw new IllegalArgumentException(
							"feature '%s' is not a column of %s (columns: %s)".formatted(feature, file, header));
				}
				columns.add(index);
			}
		}
		int d = columns.size();
		double[] values = new double[rows.size() * d];
		int[] sourceRows = new int[rows.size()];
		int kept = 0;
		for (int r = 0; r < rows.size(); r++) {
			String[] row = rows.get(r);
			boolean ok = true;
			for (int c = 0; c < d && ok; c++) {
				Double value = parse(row[columns.get(c)]);
				if (value == null) {
					ok = false;
				}
				else {
					values[kept * d + c] = value;
				}
			}
			if (ok) {
				sourceRows[kept++] = r + 1;
			}
		}
		List<String> names = columns.stream().map(header::get).toList();
		double[] trimmed = (kept == rows.size()) ? values : Arrays.copyOf(values, kept * d);
		return new Table(new FeatureMatrix(trimmed, kept, d, names), Arrays.copyOf(sourceRows, kept),
				rows.size() - kept);
	}

	private static boolean isNumeric(List<String[]> rows, int column) {
		boolean any = false;
		for (String[] row : rows) {
			String value = row[column];
			if (value == null || value.isBlank()) {
				continue;
			}
			if (parse(value) == null) {
				return false;
			}
			any = true;
		}
		return any;
	}

	static @Nullable Double parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(text.trim());
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
