package crmcopilot.support.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyGroundingTests {

	private static final KnowledgeIndex INDEX = new KnowledgeIndex(List.of(
			article("Livraison à Dakar", "livraison, délai, dakar, banlieue",
					"À Dakar, nous livrons sous 24 à 48 h pour 1 500 FCFA ; livraison offerte dès 50 000 FCFA."),
			article("Livraison en France", "france, international, frais de port",
					"Nous expédions en France en 5 à 8 jours ouvrés pour 15 €."),
			article("Retourner un article", "retour, échange, taille",
					"Vous disposez de 14 jours pour nous retourner un article non porté, dans son emballage."),
			article("Horaires de la boutique", "horaires, adresse, boutique",
					"La boutique est ouverte du lundi au samedi de 10 h à 20 h, au Point E.")));

	private static Article article(String title, String tags, String body) {
		return new Article(UUID.randomUUID(), Article.ARTICLE, title, body, "fr", "Autre", tags);
	}

	private static List<KnowledgeIndex.Scored> search(String text) {
		return INDEX.search(text, "fr", null, 3);
	}

	@Test
	void should_answer_from_one_shared_word_only_when_it_is_what_the_article_is_about() {
		KnowledgeIndex.Scored returns = search("Salut, le coussin va pas avec mon canapé, je peux vous le renvoyer ?")
			.get(0);

		assertThat(returns.article().title()).isEqualTo("Retourner un article");
		assertThat(returns.shared()).isEqualTo(1);
		assertThat(ReplyGrounding.answers(returns)).isTrue();
		KnowledgeIndex.Scored body = search("Et l'emballage ?").get(0);
		assertThat(body.article().title()).isEqualTo("Retourner un article");
		assertThat(body.topical()).isZero();
		assertThat(ReplyGrounding.answers(body)).isFalse();
	}

	@Test
	void should_not_let_an_article_that_shares_only_some_of_the_best_s_words_make_it_ambiguous() {
		List<KnowledgeIndex.Scored> found = search("Vous livrez en France ? ça prend combien de temps ?");
		KnowledgeIndex.Scored best = found.stream()
			.filter((scored) -> scored.article().title().equals("Livraison en France"))
			.findFirst()
			.orElseThrow();

		assertThat(best.words()).contains(TextTokens.tokens("France").get(0));
		assertThat(found).noneMatch((other) -> ReplyGrounding.ambiguous(best, other));
	}

	@Test
	void should_read_what_is_asked_in_the_question_and_what_it_points_back_to_in_the_message() {
		assertThat(AskedSentences.of("Vous faites du sur-mesure ? Je voudrais un grand boubou."))
			.isEqualTo("Vous faites du sur-mesure ?");
		assertThat(AskedSentences.of("Il me faut une facture au nom du salon. Comment on fait ?")).isEmpty();
		assertThat(AskedSentences.of("je voudrais savoir où en est mon colis")).isEmpty();
	}

	@Test
	void should_read_a_stated_duration_as_an_answer_to_how_long() {
		KnowledgeIndex.Scored returns = search("Le retour, c'est combien de temps ?").get(0);

		assertThat(returns.article().title()).isEqualTo("Retourner un article");
		assertThat(returns.words()).contains(TextTokens.tokens("délai").get(0));
	}

	@Test
	void should_not_read_a_question_that_points_back_as_what_is_asked() {
		assertThat(AskedSentences.of("Il me faut le justificatif de mon achat. Je le récupère où ?")).isEmpty();
		assertThat(AskedSentences.of("Je trouve pas le suivi. Je regarde où ?")).isEmpty();
		assertThat(AskedSentences.of("Je peux le renvoyer ?")).isEqualTo("Je peux le renvoyer ?");
	}

	@Test
	void should_answer_a_long_story_from_the_article_that_holds_its_question() {
		String text = "Bonjour, j'ai acheté une robe à la boutique du Point E samedi, livrée au Sénégal "
				+ "en 24 h avec les frais de port offerts. La couleur ne me plaît pas. "
				+ "Je peux faire un retour et un échange ?";
		KnowledgeIndex.Scored returns = search(text).stream()
			.filter((scored) -> scored.article().title().equals("Retourner un article"))
			.findFirst()
			.orElseThrow();
		KnowledgeIndex.Coverage question = INDEX.coverage(returns.article(),
				TextTokens.tokens(AskedSentences.of(text)));

		assertThat(ReplyGrounding.answers(returns)).isFalse();
		assertThat(question.share()).isEqualTo(1.0);
		assertThat(ReplyGrounding.answersQuestion(returns, question)).isTrue();
		assertThat(ReplyGrounding.answersQuestion(returns,
				INDEX.coverage(returns.article(), TextTokens.tokens("Vous livrez à Dakar ?"))))
			.isFalse();
	}

	@Test
	void should_not_read_how_to_get_what_was_named_before_as_what_is_asked() {
		assertThat(AskedSentences.of("Il me faut une facture au nom de la société. Comment dois-je procéder ?"))
			.isEmpty();
		assertThat(AskedSentences.of("J'ai besoin de ma facture. Où est-ce que je peux la récupérer ?")).isEmpty();
		assertThat(TextTokens.tokens("un envoi plus rapide")).contains(TextTokens.tokens("livraison").get(0));
	}

	@Test
	void should_read_the_last_clause_of_a_question_as_what_is_asked_when_it_names_a_topic() {
		assertThat(AskedSentences.of("Le piment est trop fort pour nous, je peux vous le retourner ?", INDEX::isTopic))
			.isEqualTo("je peux vous le retourner ?");
		assertThat(AskedSentences.of("J'ai 100 points de fidélité, j'ai droit à quoi ?", INDEX::isTopic))
			.isEqualTo("J'ai 100 points de fidélité, j'ai droit à quoi ?");
		// the case the question is about stays with it
		assertThat(AskedSentences
			.of("Il est trop petit. Si je vous le renvoie, je suis remboursé en combien de temps ?", INDEX::isTopic))
			.isEqualTo("Si je vous le renvoie, je suis remboursé en combien de temps ?");
	}

	@Test
	void should_read_what_to_bring_as_pointing_back() {
		assertThat(AskedSentences.of("Ma fille ira chercher la commande. Elle doit apporter quoi ?")).isEmpty();
		assertThat(AskedSentences.of("Je peux le renvoyer ? Et je serai remboursé comment ?")).contains("remboursé");
	}

	@Test
	void should_read_a_city_as_itself_only_where_an_article_is_about_it_and_not_where_the_customer_is() {
		KnowledgeIndex regions = new KnowledgeIndex(List.of(
				article("Livraison à Dakar", "livraison, dakar, délai",
						"À Dakar, nous livrons sous 24 h pour 1 500 FCFA."),
				article("Livraison en régions", "livraison, régions, thiès, ziguinchor",
						"En régions, nous livrons sous 3 à 5 jours pour 5 000 FCFA.")));

		assertThat(regions.search("vous livrez à Thiès ?", "fr", null, 2).get(0).article().title())
			.isEqualTo("Livraison en régions");
		assertThat(TextTokens.places("je suis à Thiès, vous livrez à Ziguinchor ?"))
			.containsExactlyElementsOf(TextTokens.places("Ziguinchor"));
		assertThat(TextTokens.tokens("Thiès")).isEqualTo(TextTokens.tokens("Sénégal"));
	}

	@Test
	void should_not_answer_a_delivery_to_a_country_no_article_speaks_of_but_answer_one_named_in_passing() {
		KnowledgeIndex abidjan = new KnowledgeIndex(List.of(
				article("Livraison à Abidjan", "livraison, abidjan, délai",
						"Nous livrons dans toutes les communes d'Abidjan sous 24 à 48 h pour 2 000 FCFA."),
				article("Moyens de paiement", "paiement, wave, paypal, carte",
						"Vous pouvez payer par Wave, Orange Money, carte bancaire ou PayPal.")));
		String dakar = "Je suis à Dakar. Vous pouvez m'envoyer un climatiseur jusqu'ici ?";
		String paypal = "Vous prenez PayPal ? C'est mon frère qui va payer depuis Dakar.";

		assertThat(ReplyGrounding.unservedCountries(abidjan, dakar,
				TextTokens.tokens(AskedSentences.of(dakar, abidjan::isTopic))))
			.containsExactly("Dakar");
		assertThat(ReplyGrounding.unservedCountries(abidjan, paypal,
				TextTokens.tokens(AskedSentences.of(paypal, abidjan::isTopic))))
			.isEmpty();
		assertThat(ReplyGrounding.unservedCountries(abidjan, "Vous livrez à Cocody ?", List.of())).isEmpty();
	}

	@Test
	void should_prefer_the_article_that_holds_the_question_and_not_count_a_title_s_light_verb_as_its_subject() {
		KnowledgeIndex shop = new KnowledgeIndex(List.of(
				article("Prendre rendez-vous au salon de toilettage", "toilettage, rendez-vous, chien",
						"Tarifs : 30 € pour un petit chien, 45 € pour un moyen, 60 € pour un grand. Comptez 2 h."),
				article("Moyens de paiement acceptés", "paiement, bancontact, paiement en 3 fois",
						"Bancontact, Visa ou PayPal ; le paiement en 3 fois sans frais est proposé dès 150 €.")));
		String text = "Je compte prendre le grand aquarium avec son meuble. Est-ce qu'il y a moyen d'étaler le paiement ?";

		KnowledgeIndex.Scored grooming = shop.search(text, "fr", null, 2)
			.stream()
			.filter((scored) -> scored.article().title().startsWith("Prendre"))
			.findFirst()
			.orElseThrow();
		assertThat(grooming.words()).contains(TextTokens.tokens("prendre").get(0));
		assertThat(grooming.topical()).isZero();
		List<String> asked = TextTokens.tokens(AskedSentences.of(text, shop::isTopic));
		assertThat(ReplyGrounding.holdsQuestion(shop.coverage(grooming.article(), asked))).isFalse();
		assertThat(ReplyGrounding.holdsQuestion(shop.coverage(shop.articles().get(1), asked))).isTrue();
	}

	@Test
	void should_keep_an_article_nearly_as_close_past_the_limit_and_hold_a_question_more_about_another_article() {
		KnowledgeIndex shop = new KnowledgeIndex(List.of(
				article("Délais et frais de livraison", "livraison, délais, frais de port",
						"Livraison en 48 h pour 4,90 €, ou retrait gratuit en boutique aux horaires d'ouverture, "
								+ "montures et verres compris."),
				article("Notre boutique de Toulouse", "boutique, horaires, examen de vue",
						"La boutique est ouverte du mardi au samedi, de 10 h à 19 h, rue d'Alsace-Lorraine."),
				article("Lentilles de contact", "lentilles, ordonnance", "Nous livrons vos lentilles sous 72 h.")));
		String text = "Vous êtes ouverts le lundi à la boutique ? Je voulais passer voir les montures en vrai";

		List<KnowledgeIndex.Scored> found = shop.search(text, "fr", null, 1);
		assertThat(found).extracting((scored) -> scored.article().title())
			.containsExactlyInAnyOrder("Délais et frais de livraison", "Notre boutique de Toulouse");
		KnowledgeIndex.Scored delivery = found.stream()
			.filter((scored) -> scored.article().title().startsWith("Délais"))
			.findFirst()
			.orElseThrow();
		KnowledgeIndex.Scored shopArticle = found.stream()
			.filter((scored) -> scored.article().title().startsWith("Notre"))
			.findFirst()
			.orElseThrow();
		List<String> asked = TextTokens.tokens(AskedSentences.of(text, shop::isTopic));
		KnowledgeIndex.Coverage deliveryHolds = shop.coverage(delivery.article(), asked);
		KnowledgeIndex.Coverage shopHolds = shop.coverage(shopArticle.article(), asked);
		assertThat(ReplyGrounding.askedMoreOf(delivery, deliveryHolds, shopArticle, shopHolds)).isTrue();
		assertThat(ReplyGrounding.askedMoreOf(shopArticle, shopHolds, delivery, deliveryHolds)).isFalse();
	}

	@Test
	void should_not_answer_a_delivery_elsewhere_from_an_article_about_one_city_unless_it_names_the_country() {
		Article brussels = article("Livraison à Bruxelles (19 communes)", "livraison, bruxelles, créneau",
				"Nous livrons nous-mêmes les 19 communes de la Région de Bruxelles-Capitale, le jour même avant 14 h.");
		Article senegal = article("Livraison au Sénégal", "livraison, sénégal, dakar",
				"Livraison à Dakar en 48 h, dans les autres villes en 3 à 5 jours.");
		KnowledgeIndex shop = new KnowledgeIndex(List.of(brussels, senegal));
		String gent = "J'habite à Gent, vous savez envoyer des fleurs jusqu'ici ?";
		String schaerbeek = "Vous livrez à Schaerbeek demain ?";
		String thies = "vs envoyez a thies ?";

		assertThat(aboutAnotherCity(shop, brussels, gent)).isTrue();
		assertThat(aboutAnotherCity(shop, brussels, schaerbeek)).isFalse();
		assertThat(aboutAnotherCity(shop, senegal, thies)).isFalse();
		// no delivery asked: no city to weigh
		assertThat(shop.aboutAnotherCity(brussels, java.util.Set.of(), TextTokens.countries(gent))).isFalse();
	}

	@Test
	void should_not_answer_a_delivery_in_a_city_from_an_article_that_covers_the_country_outside_it() {
		Article inland = article("Livraison à l'intérieur du pays",
				"livraison, intérieur du pays, Bouaké, Yamoussoukro",
				"Nous expédions dans toute la Côte d'Ivoire (Yamoussoukro, Bouaké, San-Pédro) en 3 à 7 jours. "
						+ "Le paiement à la livraison n'est pas possible hors du Grand Abidjan.");
		Article abidjan = article("Livraison à Abidjan", "livraison, abidjan, communes",
				"Nous livrons dans toutes les communes d'Abidjan (Cocody, Yopougon, Marcory) en 24 à 48 h.");
		Article country = article("Livraison en Côte d'Ivoire", "livraison, Bouaké, Yamoussoukro",
				"Nous livrons dans toute la Côte d'Ivoire, Abidjan compris, en 2 à 5 jours.");
		KnowledgeIndex shop = new KnowledgeIndex(List.of(inland, abidjan, country));
		String yopougon = "Je suis à Yopougon Niangon, vous pouvez me livrer le frigo quand ?";

		// the article names Abidjan only as the limit of what it covers
		assertThat(aboutAnotherCity(shop, inland, yopougon)).isTrue();
		assertThat(aboutAnotherCity(shop, abidjan, yopougon)).isFalse();
		assertThat(aboutAnotherCity(shop, country, yopougon)).isFalse();
		// a town the article lists, and one it does not, in the country it covers
		assertThat(List.of("Vous livrez à Bouaké ?", "Vous livrez à Korhogo ?"))
			.noneMatch((message) -> aboutAnotherCity(shop, inland, message));
	}

	private static boolean aboutAnotherCity(KnowledgeIndex shop, Article article, String message) {
		return shop.aboutAnotherCity(article, TextTokens.cities(message), TextTokens.countries(message));
	}

}
