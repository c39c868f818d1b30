package crmcopilot.shared;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTests {

	private static InputStream text(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<List<String>> all(CsvReader reader) {
		List<List<String>> rows = new ArrayList<>();
		for (List<String> row = reader.next(); row != null; row = reader.next()) {
			rows.add(row);
		}
		return rows;
	}

	@Test
	void should_detect_the_separator_and_strip_the_byte_order_mark() {
		try (CsvReader reader = CsvReader.open(text("\uFEFFnom;ville\nAwa;Dakar\nLéa;Paris\n"), "file",
				CsvLimits.DEFAULT)) {
			assertThat(reader.header()).containsExactly("nom", "ville");
			assertThat(all(reader)).containsExactly(List.of("Awa", "Dakar"), List.of("Léa", "Paris"));
		}
	}

	@Test
	void should_use_a_given_separator_rather_than_the_detected_one() {
		try (CsvReader reader = CsvReader.open(text("a;b,c\n1;2,3\n"), "file", CsvLimits.DEFAULT, ',')) {
			assertThat(reader.header()).containsExactly("a;b", "c");
			assertThat(reader.next()).containsExactly("1;2", "3");
		}
	}

	@Test
	void should_read_windows_1252_when_the_file_is_not_utf8() {
		byte[] bytes = "nom,ville\nLéa,Orléans\n".getBytes(Charset.forName("windows-1252"));
		try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes), "file", CsvLimits.DEFAULT)) {
			assertThat(reader.next()).containsExactly("Léa", "Orléans");
		}
	}

	@Test
	void should_refuse_a_file_over_its_size_while_reading() {
		String big = "a,b\n" + "1,2\n".repeat(10_000);
		assertThatThrownBy(() -> {
			try (CsvReader reader = CsvReader.open(text(big), "file", CsvLimits.DEFAULT.withMaxBytes(1_000))) {
				all(reader);
			}
		}).isInstanceOfSatisfying(CsvReadException.class, (ex) -> {
			assertThat(ex.field()).isEqualTo("file");
			assertThat(ex.tooLarge()).isTrue();
			assertThat(ex.messageKey()).isEqualTo("csv.error.too-large");
		});
	}

	@Test
	void should_refuse_too_many_columns_too_long_values_and_too_many_rows() {
		assertThatThrownBy(() -> CsvReader.open(text("a,b,c\n1,2,3\n"), "source", CsvLimits.DEFAULT.withMaxColumns(2)))
			.isInstanceOfSatisfying(CsvReadException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("csv.error.columns"));
		CsvLimits shortValues = new CsvLimits(1_000_000, 10, 5, 10);
		assertThatThrownBy(() -> all(CsvReader.open(text("a\nabcdefgh\n"), "file", shortValues)))
			.isInstanceOfSatisfying(CsvReadException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("csv.error.value-length"));
		assertThatThrownBy(() -> all(CsvReader.open(text("a\n1\n2\n3\n"), "file", CsvLimits.DEFAULT.withMaxRows(2))))
			.isInstanceOfSatisfying(CsvReadException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("csv.error.rows"));
	}

	@Test
	void should_refuse_binary_and_empty_files() {
		assertThatThrownBy(
				() -> CsvReader.open(new ByteArrayInputStream(new byte[] { 'a', 0, 'b' }), "file", CsvLimits.DEFAULT))
			.isInstanceOfSatisfying(CsvReadException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("csv.error.binary"));
		assertThatThrownBy(() -> CsvReader.open(text("\n\n"), "file", CsvLimits.DEFAULT)).isInstanceOfSatisfying(
				CsvReadException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("csv.error.empty"));
	}

}
