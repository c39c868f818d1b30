package crmcopilot.crm.source;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import crmcopilot.crm.ColumnType;
import crmcopilot.crm.CustomerData;
import crmcopilot.shared.CsvReadException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvCustomerReaderTests {

	@Test
	void should_report_bad_rows_and_keep_the_good_ones() {
		String csv = """
				id;age;revenu;ville
				1;34;42000,5;Lyon
				2;51;;Paris
				3;oops
				4;28;31000;"Nantes"
				5;40;38000;Lille;extra
				""";
		CustomerData data = read(csv, 1_000_000, 100);
		assertThat(data.columnNames()).containsExactly("id", "age", "revenu", "ville");
		assertThat(data.rows()).hasSize(3);
		assertThat(data.totalRows()).isEqualTo(3);
		assertThat(data.badRows()).extracting(CustomerData.BadRow::line).containsExactly(4L, 6L);
		assertThat(data.badRows().get(0).reason()).contains("expected 4 fields, found 2");
		assertThat(data.columns().get(1).type()).isEqualTo(ColumnType.INTEGER);
		assertThat(data.columns().get(2).type()).isEqualTo(ColumnType.DECIMAL);
		assertThat(data.columns().get(2).missing()).isEqualTo(1);
		assertThat(data.columns().get(3).type()).isEqualTo(ColumnType.CATEGORY);
	}

	@Test
	void should_read_tab_separated_files_with_dates_and_booleans() {
		String tsv = "client\tne_le\tnewsletter\nA\t1980-02-03\toui\nB\t03/04/1975\tnon\n";
		CustomerData data = read(tsv, 1_000_000, 100);
		assertThat(data.columns()).extracting((c) -> c.type())
			.containsExactly(ColumnType.CATEGORY, ColumnType.DATE, ColumnType.BOOLEAN);
	}

	@Test
	void should_refuse_a_file_over_the_limit_clearly() {
		String big = "a,b\n" + "1,2\n".repeat(10_000);
		assertThatExceptionOfType(CsvReadException.class).isThrownBy(() -> read(big, 20_000, 100))
			.withMessageContaining("larger than the limit");
	}

	@Test
	void should_refuse_binary_content_whatever_the_name() {
		byte[] bytes = { 'P', 'K', 3, 4, 0, 0, 1, 2 };
		assertThatExceptionOfType(CsvReadException.class)
			.isThrownBy(() -> CsvCustomerReader.read(new ByteArrayInputStream(bytes), 1000, 10))
			.withMessageContaining("not text");
	}

	@Test
	void should_sample_deterministically_beyond_the_limit() {
		StringBuilder csv = new StringBuilder("n\n");
		for (int i = 0; i < 5_000; i++) {
			csv.append(i).append('\n');
		}
		CustomerData first = read(csv.toString(), 1_000_000, 500);
		CustomerData second = read(csv.toString(), 1_000_000, 500);
		assertThat(first.sampled()).isTrue();
		assertThat(first.totalRows()).isEqualTo(5_000);
		assertThat(first.rows()).hasSize(500).isEqualTo(second.rows());
	}

	@Test
	void should_decode_windows_1252_when_not_utf8() {
		byte[] bytes = "nom;ville\nRené;Orléans\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
		CustomerData data = CsvCustomerReader.read(new ByteArrayInputStream(bytes), 1000, 10);
		assertThat(data.rows().get(0)).containsExactly("René", "Orléans");
	}

	@Test
	void should_refuse_a_million_columns_by_the_column_limit() {
		String wide = "c,".repeat(999_999) + "c\n1\n";
		assertThatExceptionOfType(CsvReadException.class).isThrownBy(() -> read(wide, 10_000_000, 10))
			.satisfies((error) -> assertThat(error.messageKey()).isEqualTo("csv.error.columns"))
			.satisfies((error) -> assertThat(error.field()).isEqualTo("file"));
	}

	private static CustomerData read(String text, long max, int limit) {
		return CsvCustomerReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max, limit);
	}

}
