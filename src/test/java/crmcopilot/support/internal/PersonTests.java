package crmcopilot.support.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonTests {

	@Test
	void should_turn_a_french_clause_to_the_second_and_third_person() {
		String clause = "J'ai reçu MA cafetière cassée et je n'ai pas eu de réponse";

		assertThat(Person.frenchSecond(clause))
			.isEqualTo("vous avez reçu votre cafetière cassée et vous n'avez pas eu de réponse");
		assertThat(Person.frenchThird(clause)).isEqualTo("il a reçu sa cafetière cassée et il n'a pas eu de réponse");
	}

	@Test
	void should_match_the_words_in_any_case_as_unicode_compares_them() {
		// the long s (ſ) is an s to a case-insensitive pattern
		assertThat(Person.frenchSecond("meſ colis SONT ARRIVÉS abîmés")).isEqualTo("vos colis SONT ARRIVÉS abîmés");
		assertThat(Person.englishThird("MY order never came and I AM upset"))
			.isEqualTo("their order never came and they are upset");
	}

	@Test
	void should_not_turn_a_clause_that_addresses_the_shop_or_keeps_a_first_person() {
		assertThat(Person.frenchSecond("vous m'avez oublié")).isNull();
		assertThat(Person.frenchThird("nous attendons depuis un mois")).isNull();
	}

	@Test
	void should_elide_que_before_a_vowel() {
		assertThat(Person.que("il a reçu un colis vide")).isEqualTo("qu'il a reçu un colis vide");
		assertThat(Person.que("Émilie a appelé")).isEqualTo("qu'Émilie a appelé");
		assertThat(Person.que("sa commande est perdue")).isEqualTo("que sa commande est perdue");
	}

}
