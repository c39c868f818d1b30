package crmcopilot.crm;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Rows read from a customer source, as text (empty values are null), with the detected
 * column types.
 *
 * @param totalRows rows in the source
 * @param sampled whether {@code rows} is a random sample of the source
 * @param badRows rows that could not be read, reported rather than fatal
 */
public record CustomerData(List<ColumnProfile> columns, List<List<@Nullable String>> rows, long totalRows,
		boolean sampled, List<BadRow> badRows) {

	public CustomerData {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		badRows = List.copyOf(badRows);
	}

	public int indexOf(String column) {
		for (int i = 0; i < this.columns.size(); i++) {
			if (this.columns.get(i).name().equalsIgnoreCase(column)) {
				return i;
			}
		}
		return -1;
	}

	public List<String> columnNames() {
		return this.columns.stream().map(ColumnProfile::name).toList();
	}

	/** The first rows, as maps, for a preview. */
	public List<Map<String, @Nullable String>> preview(int limit) {
		return this.rows.stream().limit(limit).map((row) -> {
			Map<String, @Nullable String> map = new java.util.LinkedHashMap<>();
			for (int i = 0; i < this.columns.size(); i++) {
				map.put(this.columns.get(i).name(), row.get(i));
			}
			return map;
		}).toList();
	}

	/**
	 * A row that was skipped.
	 *
	 * @param line line number in the file (1 = header), or row number for a table
	 */
	public record BadRow(long line, String reason) {
	}

}
