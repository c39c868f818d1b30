package crmcopilot.campaigns.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.internal.segmentation.FeatureMatrix;
import crmcopilot.shared.CsvLimits;
import crmcopilot.shared.CsvReadException;
import crmcopilot.shared.CsvReader;

/**
 * Reads the numeric columns of a delimited text file with a header row into a
 * {@link FeatureMatrix}, through the shared {@link CsvReader} (bounded by the file's own
 * size: the command reads local files of any length). Rows with an empty or non-numeric
 * value in a selected column are skipped and counted.
 */
final class NumericCsv {

	private static final int MAX_COLUMNS = 10_000;

	private NumericCsv() {
	}

	record Table(FeatureMatrix matrix, int[] sourceRows, int skippedRows) {
	}

	/**
	 * Reads the file; a separator given on the command line must be the one the header
	 * shows (the reader detects it).
	 */
	static Table read(Path file, @Nullable String separator, @Nullable List<String> features) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("input file not found: " + file);
		}
		if (separator != null) {
			checkSeparator(file, separator);
		}
		CsvLimits limits = CsvLimits.DEFAULT.withMaxBytes(Math.max(1, Files.size(file)))
			.withMaxRows(Integer.MAX_VALUE)
			.withMaxColumns(MAX_COLUMNS);
		List<String[]> rows = new ArrayList<>();
		List<String> header;
		try (InputStream in = Files.newInputStream(file); CsvReader csv = CsvReader.open(in, file.toString(), limits)) {
			header = csv.header();
			for (List<String> record = csv.next(); record != null; record = csv.next()) {
				String[] values = new String[header.size()];
				for (int c = 0; c < header.size(); c++) {
					values[c] = (c < record.size()) ? record.get(c) : "";
				}
				rows.add(values);
			}
		}
		catch (CsvReadException ex) {
			throw new IllegalArgumentException(file + ": " + ex.getMessage(), ex);
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

	private static void checkSeparator(Path file, String option) throws IOException {
		char expected = switch (option) {
			case "\\t", "\t", "tab", "TAB" -> '\t';
			case ",", ";", "|" -> option.charAt(0);
			default -> throw new IllegalArgumentException("separator must be , ; | or \\t, was '" + option + "'");
		};
		String header;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
			header = reader.readLine();
		}
		char detected = CsvReader.separator((header != null) ? header : "");
		if (detected != expected) {
			throw new IllegalArgumentException("--separator '%s' does not match %s, whose header is separated by '%s'"
				.formatted(option, file, (detected == '\t') ? "\\t" : String.valueOf(detected)));
		}
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
