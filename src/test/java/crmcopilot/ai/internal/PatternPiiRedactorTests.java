package crmcopilot.ai.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import crmcopilot.ai.internal.PiiRedactor.Redaction;

import static org.assertj.core.api.Assertions.assertThat;

class PatternPiiRedactorTests {

	private final PatternPiiRedactor redactor = new PatternPiiRedactor();

	private String redacted(String text) {
		return this.redactor.redact(text, List.of()).text();
	}

	@Test
	void should_mask_emails() {
		Redaction redaction = this.redactor.redact("Écrivez à awa.ndiaye+sav@mail.example.co.uk ou a@b.sn.", List.of());
		assertThat(redaction.text()).isEqualTo("Écrivez à [EMAIL_1] ou [EMAIL_2].");
		assertThat(redaction.placeholders()).containsEntry("[EMAIL_1]", "awa.ndiaye+sav@mail.example.co.uk");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Senegal international  | +221 77 123 45 67
			Senegal national       | 77 123 45 67
			Senegal fixed line     | 33 821 23 45
			Senegal with 00        | 00221 76 543 21 09
			France international   | +33 6 12 34 56 78
			France national        | 06 12 34 56 78
			France dotted          | 01.42.68.53.00
			Ivory Coast intl       | +225 07 07 12 34 56
			Ivory Coast national   | 27 22 40 12 34
			Mali international     | +223 76 12 34 56
			Mali national          | 76 12 34 56
			Morocco international  | +212 6 61 23 45 67
			Morocco national       | 0661-234567
			""")
	void should_mask_phone_numbers_of_each_country(String country, String number) {
		assertThat(redacted("Rappelez-moi au " + number + " demain.")).isEqualTo("Rappelez-moi au [PHONE_1] demain.");
	}

	@Test
	void should_give_one_placeholder_to_one_number_written_two_ways() {
		Redaction redaction = this.redactor.redact("+33 6 12 34 56 78 ou 06 12 34 56 78", List.of());
		assertThat(redaction.text()).isEqualTo("[PHONE_1] ou [PHONE_1]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "FR76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189",
			"DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "fr76 3000 6000 0112 3456 7890 189" })
	void should_mask_ibans_whose_checksum_holds(String iban) {
		assertThat(redacted("Virement sur " + iban + " merci")).isEqualTo("Virement sur [IBAN_1] merci");
	}

	@Test
	void should_leave_an_iban_whose_checksum_fails() {
		assertThat(redacted("FR76 3000 6000 0112 3456 7890 188")).doesNotContain("[IBAN");
	}

	@Test
	void should_stop_an_iban_before_the_next_word() {
		assertThat(redacted("IBAN FR76 3000 6000 0112 3456 7890 189 SVP")).isEqualTo("IBAN [IBAN_1] SVP");
	}

	@ParameterizedTest
	@ValueSource(strings = { "4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005", "4970101234567893" })
	void should_mask_card_numbers_whose_luhn_checksum_holds(String card) {
		assertThat(redacted("Ma carte " + card + " a été débitée")).isEqualTo("Ma carte [CARD_1] a été débitée");
	}

	@Test
	void should_leave_numbers_that_are_neither_cards_nor_phones() {
		String text = "Commande 123456 du 22/11/2026, montant 1 250,00 EUR, carte 4111 1111 1111 1112.";
		assertThat(redacted(text)).isEqualTo(text);
	}

	@Test
	void should_mask_known_names_in_any_case_and_the_surname_alone() {
		Redaction redaction = this.redactor.redact(
				"AWA NDIAYE a appelé ; Mme Ndiaye et Jean-Pierre Dupont attendent. Jean est absent.",
				List.of("Awa Ndiaye", "Jean-Pierre Dupont", "Al"));
		assertThat(redaction.text())
			.isEqualTo("[NAME_1] a appelé ; Mme [NAME_2] et [NAME_3] attendent. Jean est absent.");
	}

	@Test
	void should_mask_no_name_when_no_name_is_known() {
		assertThat(redacted("Awa Ndiaye a appelé")).isEqualTo("Awa Ndiaye a appelé");
	}

	@Test
	void should_share_placeholders_across_texts_and_map_them_back() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("subject", "Remboursement pour awa@example.sn");
		texts.put("body", "Bonjour, je suis Awa Ndiaye (awa@example.sn), tél. +221 77 123 45 67.");
		Redaction redaction = this.redactor.redactAll(texts, List.of("Awa Ndiaye"));
		assertThat(redaction.texts()).containsEntry("subject", "Remboursement pour [EMAIL_1]")
			.containsEntry("body", "Bonjour, je suis [NAME_1] ([EMAIL_1]), tél. [PHONE_1].");
		assertThat(this.redactor.reidentify("Réponse à [NAME_1] : nous écrivons à [EMAIL_1].", redaction))
			.isEqualTo("Réponse à Awa Ndiaye : nous écrivons à awa@example.sn.");
	}

	@Test
	void should_mask_original_values_in_a_message_about_the_answer() {
		Redaction redaction = this.redactor.redact("Awa Ndiaye", List.of("Awa Ndiaye"));
		assertThat(this.redactor.mask("unknown customer Awa Ndiaye", redaction)).isEqualTo("unknown customer [NAME_1]");
	}

	@Test
	void should_check_iban_and_luhn_checksums() {
		assertThat(PatternPiiRedactor.mod97("GB82WEST12345698765432")).isEqualTo(1);
		assertThat(PatternPiiRedactor.mod97("GB83WEST12345698765432")).isNotEqualTo(1);
		assertThat(PatternPiiRedactor.luhn("79927398713")).isTrue();
		assertThat(PatternPiiRedactor.luhn("79927398710")).isFalse();
	}

}
