package crmcopilot.support.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.support.Priority;
import crmcopilot.support.TriageAction;
import crmcopilot.support.TriageResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever an engine proposes, the reply must be grounded and the router decides. */
class TriagePostProcessorTests {

	private static final List<Category> CATEGORIES = List.of(
			new Category(UUID.randomUUID(), "Remboursement", null, true, 0),
			new Category(UUID.randomUUID(), "Réclamation", null, false, 1));

	private static final TriageSetup SETUP = new TriageSetup("Maison", CATEGORIES, null,
			new KnowledgeIndex(List.of(new Article(UUID.randomUUID(), Article.ARTICLE, "Retours et remboursements",
					"Vous disposez de 30 jours pour retourner un article ; remboursement sous 14 jours.", "fr",
					"Remboursement", "remboursement rembourser retour"))),
			0.6, Map.of(), "fr");

	private static TriageRequest request(String text) {
		return new TriageRequest(null, text, "email", "fr", Map.of(), false, null, SETUP);
	}

	private static TriageResult proposal(String category, Priority priority, String reply, TriageAction action,
			double confidence) {
		return new TriageResult("Résumé", category, priority, reply, action, "fr",
				Map.of("categorie", confidence, "global", confidence), Map.of("categorie", "llm"), null);
	}

	@Test
	void should_escalate_an_engines_automatic_answer_in_a_category_not_allowed() {
		TriageResult finished = TriagePostProcessor.finish(
				proposal("Réclamation", Priority.NORMALE, "Nous vous remboursons.", TriageAction.AUTO, 0.95),
				request("Je veux être remboursé, je retourne l'article"));

		assertThat(finished.action()).isEqualTo(TriageAction.ESCALATE);
		assertThat(finished.raisons().get("action")).contains("Réclamation");
	}

	@Test
	void should_replace_a_reply_the_knowledge_base_does_not_ground_by_an_acknowledgement() {
		TriageResult finished = TriagePostProcessor.finish(proposal("Remboursement", Priority.NORMALE,
				"Livraison gratuite demain, promis.", TriageAction.AUTO, 0.95),
				request("Quelle est la couleur du ciel ?"));

		assertThat(finished.action()).isEqualTo(TriageAction.ESCALATE);
		assertThat(finished.reponse()).doesNotContain("promis");
		assertThat(finished.article()).isNull();
	}

	@Test
	void should_answer_automatically_when_every_rule_holds_whatever_the_engine_proposed() {
		TriageResult finished = TriagePostProcessor.finish(
				proposal("Remboursement", Priority.NORMALE, "", TriageAction.ESCALATE, 0.9),
				request("Je souhaite un remboursement, comment retourner l'article ?"));

		assertThat(finished.action()).isEqualTo(TriageAction.AUTO);
		assertThat(finished.reponse()).contains("30 jours");
		assertThat(finished.article()).isNotNull()
			.satisfies((article) -> assertThat(article.titre()).isEqualTo("Retours et remboursements"));
		assertThat(finished.raisons()).containsEntry("categorie", "llm").containsKeys("reponse", "action");
	}

	@Test
	void should_take_a_question_reporting_no_problem_for_an_information_request() {
		assertThat(TriagePostProcessor.informationRequest(request("Sous combien de temps suis-je remboursé ?")))
			.isTrue();
		assertThat(TriagePostProcessor
			.informationRequest(request("Mon mixeur est arrivé cassé, pouvez-vous me rembourser ?"))).isFalse();
		assertThat(TriagePostProcessor.informationRequest(request("Je veux être remboursé."))).isFalse();
		assertThat(TriagePostProcessor.informationRequest(request("Je voudrais savoir où en est mon colis, merci.")))
			.isTrue();
	}

	@Test
	void should_answer_a_question_from_its_article_when_the_classifier_hesitates_on_the_category() {
		TriageResult finished = TriagePostProcessor.finish(
				proposal("Remboursement", Priority.NORMALE, "", TriageAction.ESCALATE, 0.4),
				request("Combien de jours pour retourner un article ?"));

		assertThat(finished.action()).isEqualTo(TriageAction.AUTO);
		assertThat(finished.article()).isNotNull();
		assertThat(finished.raisons().get("action")).startsWith("information-request:");
	}

}
