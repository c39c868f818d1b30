package crmcopilot.shared;

/**
 * Bounds of a CSV or TSV read, checked while reading, before anything larger is
 * allocated.
 *
 * @param maxBytes the largest file
 * @param maxColumns the most columns in a row
 * @param maxFieldLength the longest value, in characters
 * @param maxRows the most data rows (header not counted)
 */
public record CsvLimits(long maxBytes, int maxColumns, int maxFieldLength, long maxRows) {

	/** Generous bounds for files of a few megabytes (imports, data sets). */
	public static final CsvLimits DEFAULT = new CsvLimits(20L * 1024 * 1024, 500, 100_000, 1_000_000);

	public CsvLimits {
		if (maxBytes <= 0 || maxColumns <= 0 || maxFieldLength <= 0 || maxRows <= 0) {
			throw new IllegalArgumentException("CSV limits must be positive");
		}
	}

	public CsvLimits withMaxBytes(long bytes) {
		return new CsvLimits(bytes, this.maxColumns, this.maxFieldLength, this.maxRows);
	}

	public CsvLimits withMaxRows(long rows) {
		return new CsvLimits(this.maxBytes, this.maxColumns, this.maxFieldLength, rows);
	}

	public CsvLimits withMaxColumns(int columns) {
		return new CsvLimits(this.maxBytes, columns, this.maxFieldLength, this.maxRows);
	}

}
