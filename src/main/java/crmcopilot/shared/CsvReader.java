package crmcopilot.shared;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The one CSV and TSV reader: streams a file through Commons CSV within {@link CsvLimits}
 * (bytes, columns, value length, rows), detects the separator (tab, semicolon, comma,
 * pipe) from the header and the encoding (UTF-8, else Windows-1252), and strips a
 * byte-order mark. Nothing larger than one row is held; a file over a limit fails as soon
 * as the limit is crossed, with an error naming the field.
 */
public final class CsvReader implements Closeable {

	private static final int PROBE_BYTES = 64 * 1024;

	private final String field;

	private final CsvLimits limits;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final List<String> header;

	private long rows;

	private CsvReader(String field, CsvLimits limits, CSVParser parser, List<String> header) {
		this.field = field;
		this.limits = limits;
		this.parser = parser;
		this.records = parser.iterator();
		this.header = header;
	}

	/**
	 * Opens a file with a header row.
	 * @param field the name of the input (form field, API parameter) errors name
	 */
	public static CsvReader open(InputStream content, String field, CsvLimits limits) {
		return open(content, field, limits, null);
	}

	/**
	 * Opens a file with a header row and a given separator.
	 * @param separator the separator, or null to detect it from the header
	 */
	public static CsvReader open(InputStream content, String field, CsvLimits limits, @Nullable Character separator) {
		BufferedInputStream in = new BufferedInputStream(new LimitedInputStream(content, field, limits.maxBytes()),
				PROBE_BYTES);
		try {
			in.mark(PROBE_BYTES);
			byte[] probe = in.readNBytes(PROBE_BYTES);
			in.reset();
			for (byte b : probe) {
				if (b == 0) {
					throw error(field, "csv.error.binary", "the file is not text; upload a CSV or TSV file");
				}
			}
			Charset charset = utf8(probe) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
			String head = firstLine(new String(probe, charset));
			if (head.isBlank()) {
				throw error(field, "csv.error.empty", "the file is empty or has no header row");
			}
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setDelimiter((separator != null) ? separator : separator(head))
				.setIgnoreSurroundingSpaces(true)
				.setIgnoreEmptyLines(true)
				.get();
			Reader reader = new InputStreamReader(in, charset);
			CSVParser parser = format.parse(reader);
			CsvReader csv = new CsvReader(field, limits, parser, List.of());
			List<String> first = csv.nextRecord();
			if (first == null) {
				throw error(field, "csv.error.empty", "the file is empty or has no header row");
			}
			List<String> names = new ArrayList<>(first.size());
			for (String name : first) {
				String cleaned = name.replace("\uFEFF", "").strip();
				names.add(cleaned.isEmpty() ? "column_" + (names.size() + 1) : cleaned);
			}
			return new CsvReader(field, limits, parser, List.copyOf(names));
		}
		catch (IOException ex) {
			throw rethrow(ex);
		}
	}

	/** The header row's names (blank names become {@code column_N}). */
	public List<String> header() {
		return this.header;
	}

	/**
	 * The next data row, its values as read (empty strings kept), or null at the end.
	 * @throws CsvReadException when a limit is crossed or the text cannot be parsed
	 */
	public @Nullable List<String> next() {
		List<String> row = nextRecord();
		if (row != null) {
			this.rows++;
			if (this.rows > this.limits.maxRows()) {
				throw error(this.field, "csv.error.rows", "the file has more than {0} rows", this.limits.maxRows());
			}
		}
		return row;
	}

	/** The line number of the last row read (1 is the header). */
	public long lineNumber() {
		return this.parser.getCurrentLineNumber();
	}

	/** Data rows read so far. */
	public long rowsRead() {
		return this.rows;
	}

	private @Nullable List<String> nextRecord() {
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			CSVRecord record = this.records.next();
			if (record.size() > this.limits.maxColumns()) {
				throw error(this.field, "csv.error.columns", "a row has more than {0} columns",
						this.limits.maxColumns());
			}
			List<String> values = new ArrayList<>(record.size());
			for (String value : record) {
				if (value.length() > this.limits.maxFieldLength()) {
					throw error(this.field, "csv.error.value-length", "line {0} has a value longer than {1} characters",
							this.parser.getCurrentLineNumber(), this.limits.maxFieldLength());
				}
				values.add(value);
			}
			return values;
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof CsvReadException csv) {
					throw csv;
				}
			}
			throw error(this.field, "csv.error.unreadable", "the file cannot be read after line {0}",
					this.parser.getCurrentLineNumber());
		}
	}

	@Override
	public void close() {
		try {
			this.parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The separator that occurs most in the header line: tab, semicolon, comma or pipe.
	 */
	public static char separator(String header) {
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

	private static RuntimeException rethrow(IOException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CsvReadException csv) {
				return csv;
			}
		}
		return new UncheckedIOException(ex);
	}

	private static boolean utf8(byte[] probe) {
		// a probe may end inside a multi-byte character: ignore its last three bytes
		int length = probe.length;
		if (length == PROBE_BYTES) {
			length -= 3;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(Arrays.copyOf(probe, Math.max(0, length))));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return ((end < 0) ? text : text.substring(0, end)).replace("\r", "").replace("\uFEFF", "");
	}

	private static CsvReadException error(String field, String key, String message, Object... arguments) {
		return new CsvReadException(field, key, arguments,
				java.text.MessageFormat.format(message.replace("'", "''"), arguments), false);
	}

	/** Counts bytes as they are read and fails past the limit. */
	private static final class LimitedInputStream extends FilterInputStream {

		private final String field;

		private final long max;

		private long count;

		LimitedInputStream(InputStream in, String field, long max) {
			super(in);
			this.field = field;
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		private void count(long read) throws IOException {
			this.count += read;
			if (this.count > this.max) {
				CsvReadException tooLarge = new CsvReadException(this.field, "csv.error.too-large",
						new Object[] { this.max / 1048576.0 }, String.format(java.util.Locale.ROOT,
								"the file is larger than the limit of %.1f MB", this.max / 1048576.0),
						true);
				throw new IOException(tooLarge.getMessage(), tooLarge);
			}
		}

	}

}
