package crmcopilot.crm.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameComparisonTests {

	private static NameComparison.Verdict verdict(String note, String account) {
		return NameComparison.compare(CompanyNames.queryTokens(note), CompanyNames.tokens(account)).verdict();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Relance Sonatel                      | Sonatel SA
			RDV Transports Diallo                | Transports Diallo SARL
			Mail de la Société Kirène            | Kirène S.A.
			Appel de Diop & Fils                 | Diop et Fils SUARL
			Compte rendu GIE Femmes de Pikine    | Femmes de Pikine GIE
			CLINIQUE STE MARIE                   | Clinique Sainte-Marie
			Sté Kirène                           | Kirène
			Ets Ndiaye et Cie                    | Établissements Ndiaye & Compagnie
			S.A.R.L. Baobab Services             | Baobab Services
			""")
	void should_find_the_same_name_whatever_the_legal_form_the_case_or_the_note_words(String note, String account) {
		assertThat(verdict(note, account)).isEqualTo(NameComparison.Verdict.SAME);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Garage Central de Thiès       | Garage Central de Mbour
			Cabinet Diop Conseil          | Cabinet Diop Avocats
			Maison Dupont Décoration      | Maison Dupond Immobilier
			Boulangerie Jaune             | Boulangerie Rouge
			""")
	void should_refuse_look_alikes_that_differ_on_a_distinguishing_word(String note, String account) {
		assertThat(verdict(note, account)).isIn(NameComparison.Verdict.CONFLICT, NameComparison.Verdict.UNRELATED);
	}

	@Test
	void should_take_a_typo_for_a_probable_match_but_not_a_sure_one() {
		assertThat(verdict("Sonatell", "Sonatel")).isEqualTo(NameComparison.Verdict.TYPO);
		assertThat(verdict("Transports Dialo", "Transports Diallo")).isEqualTo(NameComparison.Verdict.TYPO);
		assertThat(verdict("Kirnee", "Kirène")).isEqualTo(NameComparison.Verdict.TYPO);
	}

	@Test
	void should_propose_a_name_contained_in_the_other_and_an_acronym() {
		assertThat(verdict("Diallo", "Transports Diallo")).isEqualTo(NameComparison.Verdict.CONTAINED);
		assertThat(verdict("PAD", "Port Autonome de Dakar")).isEqualTo(NameComparison.Verdict.ACRONYM);
		assertThat(verdict("Garage", "Garage Central de Thiès")).isEqualTo(NameComparison.Verdict.UNRELATED);
	}

}
