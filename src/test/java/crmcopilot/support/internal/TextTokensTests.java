package crmcopilot.support.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTokensTests {

	@Test
	void should_meet_years_written_as_ans_and_annees() {
		assertThat(TextTokens.tokens("garantie de 3 ans")).containsAll(TextTokens.tokens("années de garantie"));
		assertThat(TextTokens.tokens("une année")).isEqualTo(TextTokens.tokens("deux ans").subList(1, 2));
	}

	@Test
	void should_fold_accents_drop_elisions_and_meet_inflections() {
		assertThat(TextTokens.tokens("l'étiquette d'emballage")).containsExactly("etique", "emball");
		assertThat(TextTokens.tokens("livré livrez livraison")).containsOnly("livr");
	}

	@Test
	void should_read_words_of_customer_service_that_mean_the_same_thing_as_one() {
		assertThat(TextTokens.tokens("rendre")).isEqualTo(TextTokens.tokens("retourner"))
			.isEqualTo(TextTokens.tokens("renvoyez"));
		assertThat(TextTokens.tokens("ouvrez-vous jusqu'à 19 h")).containsOnly("19",
				TextTokens.tokens("heures").get(0));
		assertThat(TextTokens.tokens("Dakar")).isEqualTo(TextTokens.tokens("Sénégal"));
		assertThat(TextTokens.tokens("mdp")).isEqualTo(TextTokens.tokens("mot de passe"));
	}

	@Test
	void should_read_phrases_of_the_synonym_table_as_their_group() {
		assertThat(TextTokens.tokens("pouvez-vous me dire où elle en est ?"))
			.containsExactly(TextTokens.tokens("suivi").get(0));
		assertThat(TextTokens.tokens("vous êtes où ?")).containsExactly(TextTokens.tokens("adresse").get(0));
		assertThat(TextTokens.tokens("où est ma commande")).doesNotContain(TextTokens.tokens("suivi").get(0));
	}

	@Test
	void should_not_count_days_and_fillers_as_what_a_message_is_about() {
		assertThat(TextTokens.tokens("j'ai commandé lundi, ok")).containsExactly(TextTokens.tokens("commande").get(0));
	}

	@Test
	void should_read_a_synonym_table_skipping_comments() {
		assertThat(Synonyms.parse("# returns\nretour: renvoyer rendre\n\ncote ivoire: abidjan\nsuivi: ou_en_est"))
			.containsEntry("rendre", java.util.List.of("retour"))
			.containsEntry("abidjan", java.util.List.of("cote", TextTokens.stem("ivoire")))
			.containsEntry("ou en est", java.util.List.of("suivi"))
			.hasSize(4);
	}

	@Test
	void should_read_a_city_as_its_country() {
		assertThat(TextTokens.tokens("Namur")).isEqualTo(TextTokens.tokens("Belgique"));
		assertThat(TextTokens.tokens("Tanger")).isEqualTo(TextTokens.tokens("Maroc"));
		assertThat(TextTokens.tokens("payer en liquide")).contains(TextTokens.tokens("espèces").get(0));
	}

	@Test
	void should_read_being_open_as_opening_hours() {
		assertThat(TextTokens.tokens("vous êtes ouverts le lundi ?"))
			.containsExactly(TextTokens.tokens("horaires").get(0));
	}

	@Test
	void should_read_a_note_slipped_in_a_gift_as_its_message() {
		assertThat(TextTokens.tokens("on peut glisser un petit mot ?")).containsAll(TextTokens.tokens("message"));
		assertThat(TextTokens.tokens("un mot de passe")).doesNotContainAnyElementsOf(TextTokens.tokens("message"));
	}

	@Test
	void should_meet_a_plural_and_its_singular_and_read_a_district_as_its_city() {
		assertThat(TextTokens.tokens("paniers")).isEqualTo(TextTokens.tokens("panier"));
		assertThat(TextTokens.tokens("prendre rendez-vous")).doesNotContainAnyElementsOf(TextTokens.tokens("rendez"));
		assertThat(TextTokens.places("je suis à Cocody")).isEmpty();
		assertThat(TextTokens.places("vous livrez à Cocody ?")).containsAll(TextTokens.places("Abidjan"));
		assertThat(TextTokens.tokens("Cocody")).isEqualTo(TextTokens.tokens("Côte d'Ivoire"));
		assertThat(TextTokens.countries("Ma maman est à Dakar, au Sénégal, et moi à Liège"))
			.containsExactlyInAnyOrderElementsOf(TextTokens.tokens("Sénégal Belgique"));
		assertThat(TextTokens.countries("vous livrez à côté de Lyon ?")).isEqualTo(TextTokens.countries("France"));
		assertThat(TextTokens.countries("à Cocody")).isEqualTo(TextTokens.countries("Côte d'Ivoire"));
	}

	@Test
	void should_read_a_brussels_commune_as_belgium_having_it_by_a_day_as_delivery_and_renting_as_one_word() {
		assertThat(TextTokens.countries("ma mère habite à Schaerbeek")).isEqualTo(TextTokens.countries("Belgique"));
		assertThat(TextTokens.tokens("je peux l'avoir demain à Paris ?"))
			.contains(TextTokens.tokens("livraison").get(0));
		assertThat(TextTokens.tokens("les avoir chez moi")).contains(TextTokens.tokens("livraison").get(0));
		assertThat(TextTokens.tokens("vous louez des vélos ?")).containsAll(TextTokens.tokens("location de vélos"));
		assertThat(TextTokens.tokens("l'argent revient quand ?")).contains(TextTokens.tokens("remboursement").get(0));
		assertThat(TextTokens.tokens("je peux étaler le paiement ?"))
			.containsAll(TextTokens.tokens("en plusieurs fois"));
		assertThat(TextTokens.tokens("je peux venir chercher ma commande ?"))
			.contains(TextTokens.tokens("retrait").get(0));
	}

	@Test
	void should_read_collecting_bringing_back_and_a_pro_account_in_the_articles_words() {
		assertThat(TextTokens.tokens("j'ai une commande à retirer")).contains(TextTokens.tokens("retrait").get(0));
		assertThat(TextTokens.tokens("je peux les ramener ?")).contains(TextTokens.tokens("retour").get(0));
		assertThat(TextTokens.tokens("un compte pro")).isEqualTo(TextTokens.tokens("compte professionnel"));
	}

}
