package crmcopilot.crm.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import crmcopilot.crm.CustomerData;
import crmcopilot.crm.TypeDetector;

/**
 * Reads a CSV/TSV upload: refuses files over the size limit and binary content (checked
 * on the bytes, not the file name), decodes UTF-8 or else Windows-1252, guesses the
 * separator from the header, and reports rows with the wrong number of fields.
 */
public final class CsvCustomerReader {

	private static final int MAX_BAD_ROWS_REPORTED = 100;

	private CsvCustomerReader() {
	}

	public static CustomerData read(InputStream content, long maxBytes, int limit) {
		String text = decode(readLimited(content, maxBytes));
		String header = firstLine(text);
		if (header.isBlank()) {
			throw new IllegalArgumentException("the file is empty or has no header row");
		}
		char separator = separator(header);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(separator)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true)
			.get();
		List<CustomerData.BadRow> badRows = new ArrayList<>();
		Reservoir<List<@Nullable String>> reservoir = new Reservoir<>(limit);
		List<String> names = new ArrayList<>();
		long badCount = 0;
		try (CSVParser parser = format.parse(new StringReader(text))) {
			Iterator<CSVRecord> records = parser.iterator();
			CSVRecord first = records.next();
			for (String name : first) {
				names.add(name.isBlank() ? "column_" + (names.size() + 1) : name.strip().replace("\uFEFF", ""));
			}
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					badRows.add(new CustomerData.BadRow(parser.getCurrentLineNumber(),
							"unreadable from here on (" + rootMessage(ex) + ")"));
					badCount++;
					break;
				}
				if (record.size() != names.size()) {
					badCount++;
					if (badRows.size() < MAX_BAD_ROWS_REPORTED) {
						badRows.add(new CustomerData.BadRow(parser.getCurrentLineNumber(),
								"expected %d fields, found %d".formatted(names.size(), record.size())));
					}
					continue;
				}
				List<@Nullable String> row = new ArrayList<>(names.size());
				for (String value : record) {
					row.add(value.isEmpty() ? null : value);
				}
				reservoir.offer(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (badCount > badRows.size()) {
			badRows
				.add(new CustomerData.BadRow(-1, "%d more bad rows not listed".formatted(badCount - badRows.size())));
		}
		return new CustomerData(TypeDetector.profile(names, reservoir.rows()), reservoir.rows(), reservoir.seen(),
				reservoir.sampled(), badRows);
	}

	private static byte[] readLimited(InputStream content, long maxBytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		try (content) {
			int read;
			while ((read = content.read(buffer)) != -1) {
				total += read;
				if (total > maxBytes) {
					throw new IllegalArgumentException(String.format(Locale.ROOT,
							"the file is larger than the limit of %.1f MB; export fewer rows or columns, "
									+ "or connect the database instead",
							maxBytes / 1048576.0));
				}
				out.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] bytes = out.toByteArray();
		int probe = Math.min(bytes.length, 8192);
		for (int i = 0; i < probe; i++) {
			if (bytes[i] == 0) {
				throw new IllegalArgumentException("the file is not text (binary content); upload a CSV or TSV file");
			}
		}
		return bytes;
	}

	private static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, Charset.forName("windows-1252"));
		}
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return ((end < 0) ? text : text.substring(0, end)).replace("\r", "");
	}

	static char separator(String header) {
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

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

}
