package crmcopilot.ai.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A labelled CSV file: a header and columns {@code text}, {@code category} and optionally
 * {@code priority} (names matched case-insensitively, other columns ignored).
 */
record TriageDataset(List<Row> rows, boolean hasPriority) {

	record Row(String text, String category, @Nullable String priority) {
	}

	static TriageDataset read(Path file, String role) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new IllegalArgumentException(role + " file " + file + " does not exist or cannot be read");
		}
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			Map<String, Integer> header = parser.getHeaderMap();
			if (header == null || header.isEmpty()) {
				throw new IllegalArgumentException(role + " file " + file + " is empty (a header line is required)");
			}
			Integer text = column(header, "text");
			Integer category = column(header, "category");
			Integer priority = column(header, "priority");
			if (text == null || category == null) {
				throw new IllegalArgumentException(role + " file " + file
						+ " must have a header with columns 'text' and 'category' (optional 'priority'), found "
						+ header.keySet());
			}
			List<Row> rows = new ArrayList<>();
			boolean everyPriority = priority != null;
			for (CSVRecord record : parser) {
				String rowText = value(record, text);
				String rowCategory = value(record, category);
				if (rowText.isEmpty() || rowCategory.isEmpty()) {
					throw new IllegalArgumentException(role + " file " + file + ", line "
							+ parser.getCurrentLineNumber() + ": 'text' and 'category' must not be empty");
				}
				String rowPriority = (priority != null) ? value(record, priority) : "";
				everyPriority &= !rowPriority.isEmpty();
				rows.add(new Row(rowText, rowCategory, rowPriority.isEmpty() ? null : rowPriority));
			}
			if (rows.isEmpty()) {
				throw new IllegalArgumentException(role + " file " + file + " has a header but no rows");
			}
			return new TriageDataset(List.copyOf(rows), everyPriority);
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			throw new IllegalArgumentException(
					role + " file " + file + " is not a readable CSV file: " + ex.getMessage(), ex);
		}
	}

	private static @Nullable Integer column(Map<String, Integer> header, String name) {
		for (Map.Entry<String, Integer> entry : header.entrySet()) {
			if (entry.getKey() != null
					&& entry.getKey().strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "").equals(name)) {
				return entry.getValue();
			}
		}
		return null;
	}

	private static String value(CSVRecord record, int index) {
		return (index < record.size()) ? record.get(index).strip() : "";
	}

	long labelCount() {
		return this.rows.stream().map(Row::category).distinct().count();
	}

}
