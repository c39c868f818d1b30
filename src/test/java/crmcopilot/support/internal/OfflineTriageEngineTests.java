package crmcopilot.support.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import crmcopilot.support.TriageAction;
import crmcopilot.support.Priority;
import crmcopilot.ai.Prediction;
import crmcopilot.ai.TextClassifier;
import crmcopilot.ai.UrgencyCues;
import crmcopilot.ai.offline.ExtractiveSummariser;
import crmcopilot.support.TriageResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline engine, finished by the post-processor as in production, with a fixed
 * classifier answer and fixed urgency signals, so each rule can be checked on its own.
 */
class OfflineTriageEngineTests {

	private static final List<Category> CATEGORIES = List.of(
			new Category(UUID.randomUUID(), "Suivi de commande", null, true, 0),
			new Category(UUID.randomUUID(), "Remboursement", null, true, 1),
			new Category(UUID.randomUUID(), "Réclamation", null, false, 2, Priority.NORMALE),
			new Category(UUID.randomUUID(), "Autre", null, false, 3, Priority.BASSE));

	private static final List<Article> KNOWLEDGE = List.of(
			new Article(UUID.randomUUID(), Article.MACRO, "Suivi d'une commande",
					"Votre commande {{numero_commande}} "
							+ "est visible dans votre espace client, rubrique Mes commandes.",
					"fr", "Suivi de commande", "commande colis suivi livraison"),
			new Article(UUID.randomUUID(), Article.ARTICLE, "Retours et remboursements",
					"Vous disposez de 30 jours pour retourner un article ; remboursement sous 14 jours.", "fr",
					"Remboursement", "remboursement rembourser retour"),
			new Article(UUID.randomUUID(), Article.ARTICLE, "Returns and refunds",
					"You have 30 days to return an item; refund within 14 days.", "en", "Remboursement",
					"refund return money"));

	private UrgencyCues.Signals signals = new UrgencyCues.Signals(0, 0, false, false, false, List.of());

	private final OfflineTriageEngine engine = new OfflineTriageEngine(new ExtractiveSummariser(),
			(text) -> this.signals);

	private static TextClassifier answering(String label, double confidence) {
		return new TextClassifier() {
			@Override
			public Prediction predict(String text) {
				return new Prediction(label, confidence, Map.of(label, confidence));
			}

			@Override
			public Set<String> labels() {
				return Set.of(label, "Autre");
			}

			@Override
			public int exampleCount() {
				return 10;
			}
		};
	}

	private TriageResult triage(TextClassifier classifier, String text, String language, Map<String, String> metadata,
			boolean followUp) {
		TriageSetup setup = new TriageSetup("Maison", CATEGORIES, classifier, new KnowledgeIndex(KNOWLEDGE), 0.6,
				Map.of(), "fr");
		return finished(new TriageRequest(null, text, "email", language, metadata, followUp, null, setup));
	}

	/** The engine's proposal as every triage finishes it (grounded reply, routing). */
	private TriageResult finished(TriageRequest request) {
		return TriagePostProcessor.finish(this.engine.triage(request), request);
	}

	@Test
	void should_answer_a_confident_refund_request_from_the_knowledge_base() {
		TriageResult result = triage(answering("Remboursement", 0.9),
				"Bonjour. Je souhaite être remboursée, comment retourner la robe ?", "fr", Map.of(), false);

		assertThat(result.categorie()).isEqualTo("Remboursement");
		assertThat(result.priorite()).isEqualTo(Priority.NORMALE);
		assertThat(result.action()).isEqualTo(TriageAction.AUTO);
		assertThat(result.reponse()).startsWith("Bonjour").contains("30 jours").contains("14 jours");
		assertThat(result.confiance()).containsKeys("categorie", "priorite", "reponse", "global");
		assertThat(result.raisons()).containsKeys("categorie", "priorite", "reponse", "action");
		assertThat(result.resume()).isEqualTo("Le client demande un remboursement.");
	}

	@Test
	void should_reply_in_english_from_english_articles() {
		TriageResult result = triage(answering("Remboursement", 0.9), "I want a refund, how do I return it?", "en",
				Map.of(), false);

		assertThat(result.reponse()).startsWith("Hello").contains("30 days");
		assertThat(result.langue()).isEqualTo("en");
	}

	@Test
	void should_not_invent_an_answer_in_a_language_the_knowledge_base_lacks() {
		TriageResult result = triage(answering("Remboursement", 0.9), "Quiero un reembolso de mi pedido", "es",
				Map.of(), false);

		assertThat(result.action()).isEqualTo(TriageAction.ESCALATE);
		assertThat(result.confiance().get("reponse")).isZero();
		assertThat(result.reponse()).doesNotContain("30");
	}

	@Test
	void should_name_the_order_the_message_gives_and_leave_the_number_out_otherwise() {
		TriageResult withoutNumber = triage(answering("Suivi de commande", 0.9), "Où en est ma commande ? colis", "fr",
				Map.of(), false);
		TriageResult withNumber = triage(answering("Suivi de commande", 0.9), "Où en est ma commande n° 48213 ? colis",
				"fr", Map.of(), false);

		assertThat(withoutNumber.reponse()).contains("Votre commande est visible dans votre espace client")
			.doesNotContain("{{");
		assertThat(withNumber.action()).isEqualTo(TriageAction.AUTO);
		assertThat(withNumber.reponse()).contains("Votre commande 48213 est visible");
	}

	@Test
	void should_escalate_below_the_threshold() {
		TriageResult result = triage(answering("Remboursement", 0.4), "Je veux être remboursé, retour", "fr", Map.of(),
				false);

		assertThat(result.action()).isEqualTo(TriageAction.ESCALATE);
		assertThat(result.raisons().get("action")).contains("confidence-low");
	}

	@Test
	void should_make_legal_threats_urgent_and_escalate_them() {
		this.signals = new UrgencyCues.Signals(-0.8, 0.7, false, true, false, List.of("avocat"));

		TriageResult result = triage(answering("Remboursement", 0.95), "Remboursez-moi ou je prends un avocat", "fr",
				Map.of(), false);

		assertThat(result.priorite()).isEqualTo(Priority.URGENTE);
		assertThat(result.action()).isEqualTo(TriageAction.ESCALATE);
		assertThat(result.raisons().get("priorite")).contains("avocat");
	}

	@Test
	void should_raise_the_priority_of_valuable_customers_and_follow_ups() {
		TriageResult vip = triage(answering("Remboursement", 0.9), "Je veux être remboursé, retour", "fr",
				Map.of("customerValue", "VIP"), false);
		TriageResult followUp = triage(answering("Remboursement", 0.9), "Je veux être remboursé, retour", "fr",
				Map.of(), true);

		assertThat(vip.priorite()).isEqualTo(Priority.HAUTE);
		assertThat(vip.action()).isEqualTo(TriageAction.ESCALATE);
		assertThat(followUp.priorite()).isEqualTo(Priority.HAUTE);
		assertThat(followUp.raisons().get("priorite")).contains(RoutingReason.FOLLOW_UP);
	}

	@Test
	void should_fall_back_to_a_known_category_when_the_classifier_knows_a_deleted_one() {
		TextClassifier stale = new TextClassifier() {
			@Override
			public Prediction predict(String text) {
				return new Prediction("Ancienne", 0.7, Map.of("Ancienne", 0.7, "Réclamation", 0.2, "Autre", 0.1));
			}

			@Override
			public Set<String> labels() {
				return Set.of("Ancienne", "Réclamation", "Autre");
			}

			@Override
			public int exampleCount() {
				return 3;
			}
		};

		TriageResult result = triage(stale, "texte", "fr", Map.of(), false);

		assertThat(result.categorie()).isEqualTo("Réclamation");
		assertThat(result.action()).isEqualTo(TriageAction.ESCALATE);
	}

	@Test
	void should_use_the_fallback_category_without_a_classifier() {
		TriageSetup setup = new TriageSetup("Maison", CATEGORIES, null, new KnowledgeIndex(KNOWLEDGE), 0.6, Map.of(),
				"fr");

		TriageResult result = finished(new TriageRequest(null, "Bonjour", "email", "fr", Map.of(), false, null, setup));

		assertThat(result.categorie()).isEqualTo("Autre");
		assertThat(result.action()).isEqualTo(TriageAction.ESCALATE);
	}

	@Test
	void should_give_a_message_without_urgency_its_categorys_base_priority() {
		TriageResult complaint = triage(answering("Réclamation", 0.9), "Je ne suis pas satisfaite du service.", "fr",
				Map.of(), false);
		TriageResult other = triage(answering("Autre", 0.9), "Une question.", "fr", Map.of(), false);
		TriageResult order = triage(answering("Suivi de commande", 0.9), "Où est ma commande ?", "fr", Map.of(), false);

		assertThat(complaint.priorite()).isEqualTo(Priority.NORMALE);
		assertThat(other.priorite()).isEqualTo(Priority.BASSE);
		assertThat(order.priorite()).isEqualTo(Priority.NORMALE);
	}

}
