package crmcopilot.ai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import crmcopilot.shared.CsvLimits;
import crmcopilot.shared.CsvReader;
import crmcopilot.shared.InvalidInputException;

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
		try (InputStream in = Files.newInputStream(file);
				CsvReader csv = CsvReader.open(in, role, CsvLimits.DEFAULT.withMaxBytes(Long.MAX_VALUE))) {
			List<String> header = csv.header().stream().map((name) -> name.strip().toLowerCase(Locale.ROOT)).toList();
			int text = header.indexOf("text");
			int category = header.indexOf("category");
			int priority = header.indexOf("priority");
			if (text < 0 || category < 0) {
				throw new IllegalArgumentException(role + " file " + file
						+ " must have a header with columns 'text' and 'category' (optional 'priority'), found "
						+ header);
			}
			List<Row> rows = new ArrayList<>();
			boolean everyPriority = priority >= 0;
			for (List<String> row = csv.next(); row != null; row = csv.next()) {
				if (row.stream().allMatch(String::isBlank)) {
					continue;
				}
				String rowText = value(row, text);
				String rowCategory = value(row, category);
				if (rowText.isEmpty() || rowCategory.isEmpty()) {
					throw new IllegalArgumentException(role + " file " + file + ", line " + csv.lineNumber()
							+ ": 'text' and 'category' must not be empty");
				}
				String rowPriority = (priority >= 0) ? value(row, priority) : "";
				everyPriority &= !rowPriority.isEmpty();
				rows.add(new Row(rowText, rowCategory, rowPriority.isEmpty() ? null : rowPriority));
			}
			if (rows.isEmpty()) {
				throw new IllegalArgumentException(role + " file " + file + " has a header but no rows");
			}
			return new TriageDataset(List.copyOf(rows), everyPriority);
		}
		catch (InvalidInputException ex) {
			throw new IllegalArgumentException(role + " file " + file + ": " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(
					role + " file " + file + " is not a readable CSV file: " + ex.getMessage(), ex);
		}
	}

	private static String value(List<String> row, int index) {
		return (index < row.size()) ? row.get(index).strip() : "";
	}

	long labelCount() {
		return this.rows.stream().map(Row::category).distinct().count();
	}

}
