package crmcopilot.support.internal;

import java.util.UUID;

import crmcopilot.support.TriageAction;
import crmcopilot.support.Priority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TriageRouterTests {

	private static final Category ALLOWED = new Category(UUID.randomUUID(), "Suivi de commande", null, true, 0);

	private static final Category FORBIDDEN = new Category(UUID.randomUUID(), "Réclamation", null, false, 1);

	@Test
	void should_answer_automatically_when_every_rule_holds() {
		TriageRouter.Decision decision = TriageRouter.decide(ALLOWED, 0.8, 0.6, Priority.NORMALE, true);

		assertThat(decision.automatic()).isTrue();
		assertThat(decision.action()).isEqualTo(TriageAction.AUTO);
	}

	@Test
	void should_escalate_when_the_category_is_not_allowed() {
		TriageRouter.Decision decision = TriageRouter.decide(FORBIDDEN, 0.9, 0.6, Priority.NORMALE, true);

		assertThat(decision.action()).isEqualTo(TriageAction.ESCALATE);
		assertThat(decision.reasons()).containsExactly(RoutingReason.of("category-not-auto", "Réclamation"));
	}

	@Test
	void should_escalate_when_the_confidence_is_below_the_threshold() {
		TriageRouter.Decision decision = TriageRouter.decide(ALLOWED, 0.55, 0.6, Priority.NORMALE, true);

		assertThat(decision.action()).isEqualTo(TriageAction.ESCALATE);
		assertThat(decision.reasons()).containsExactly(RoutingReason.of("confidence-low", "0.55", "0.60"));
	}

	@Test
	void should_answer_at_exactly_the_threshold() {
		assertThat(TriageRouter.decide(ALLOWED, 0.6, 0.6, Priority.BASSE, true).automatic()).isTrue();
	}

	@Test
	void should_escalate_high_and_urgent_priorities() {
		assertThat(TriageRouter.decide(ALLOWED, 0.9, 0.6, Priority.HAUTE, true).reasons())
			.containsExactly(RoutingReason.of("priority-high", "Haute"));
		assertThat(TriageRouter.decide(ALLOWED, 0.9, 0.6, Priority.URGENTE, true).automatic()).isFalse();
	}

	@Test
	void should_escalate_without_a_grounded_answer() {
		TriageRouter.Decision decision = TriageRouter.decide(ALLOWED, 0.9, 0.6, Priority.NORMALE, false);

		assertThat(decision.action()).isEqualTo(TriageAction.ESCALATE);
		assertThat(decision.reasons()).containsExactly(RoutingReason.of("not-grounded"));
	}

	@Test
	void should_name_every_failed_rule_and_unknown_categories() {
		TriageRouter.Decision decision = TriageRouter.decide(null, 0.1, 0.6, Priority.URGENTE, false);

		assertThat(decision.reasons()).extracting(RoutingReason::code)
			.containsExactly("category-unknown", "confidence-low", "priority-high", "not-grounded");
	}

	@Test
	void should_store_reasons_as_codes_and_read_them_back() {
		TriageRouter.Decision decision = TriageRouter.decide(
				new Category(java.util.UUID.randomUUID(), "Prix: 10 %; promo", null, false, 0), 0.5, 0.6,
				Priority.HAUTE, true);

		assertThat(decision.reason()).startsWith("category-not-auto:");
		assertThat(RoutingReason.decode(decision.reason())).contains(decision.reasons());
		assertThat(RoutingReason.decode("escalade : catégorie inconnue")).isEmpty();
	}

	@Test
	void should_answer_an_information_request_an_article_answers_when_the_classifier_is_unsure_of_the_category() {
		TriageRouter.Decision decision = TriageRouter.decide(ALLOWED, 0.4, 0.6, Priority.NORMALE, true,
				java.util.Set.of(), true);

		assertThat(decision.action()).isEqualTo(TriageAction.AUTO);
		assertThat(decision.reasons()).containsExactly(RoutingReason.of("information-request", "0.40", "0.60"));
	}

	@Test
	void should_answer_an_information_request_the_classifier_hesitates_to_put_in_a_category_kept_for_people() {
		TriageRouter.Decision question = TriageRouter.decide(FORBIDDEN, 0.4, 0.6, Priority.NORMALE, true,
				java.util.Set.of(), true);
		TriageRouter.Decision statement = TriageRouter.decide(FORBIDDEN, 0.4, 0.6, Priority.NORMALE, true,
				java.util.Set.of(), false);

		assertThat(question.action()).isEqualTo(TriageAction.AUTO);
		assertThat(statement.reasons()).extracting(RoutingReason::code)
			.containsExactly("category-not-auto", "confidence-low");
	}

	@Test
	void should_answer_an_information_request_in_a_kept_category_the_classifier_is_not_sure_of() {
		TriageRouter.Decision question = TriageRouter.decide(FORBIDDEN, 0.68, 0.6, Priority.NORMALE, true,
				java.util.Set.of(), true, true);
		TriageRouter.Decision statement = TriageRouter.decide(FORBIDDEN, 0.68, 0.6, Priority.NORMALE, true,
				java.util.Set.of(), false, true);
		TriageRouter.Decision sameCategory = TriageRouter.decide(FORBIDDEN, 0.68, 0.6, Priority.NORMALE, true,
				java.util.Set.of(), true, false);

		assertThat(question.action()).isEqualTo(TriageAction.AUTO);
		assertThat(sameCategory.reasons()).containsExactly(RoutingReason.of("category-not-auto", "Réclamation"));
		assertThat(question.reasons())
			.containsExactly(RoutingReason.of("information-request-kept-category", "Réclamation", "0.68", "0.80"));
		assertThat(statement.reasons()).containsExactly(RoutingReason.of("category-not-auto", "Réclamation"));
	}

	@Test
	void should_keep_the_rule_of_a_category_the_classifier_is_sure_of_for_an_information_request() {
		TriageRouter.Decision decision = TriageRouter.decide(FORBIDDEN, 0.9, 0.6, Priority.NORMALE, true,
				java.util.Set.of(), true);

		assertThat(decision.reasons()).containsExactly(RoutingReason.of("category-not-auto", "Réclamation"));
	}

	@Test
	void should_escalate_an_information_request_without_an_article_with_a_human_only_intent_or_urgent() {
		assertThat(TriageRouter.decide(ALLOWED, 0.4, 0.6, Priority.NORMALE, false, java.util.Set.of(), true).reasons())
			.extracting(RoutingReason::code)
			.containsExactly("confidence-low", "not-grounded");
		assertThat(TriageRouter
			.decide(ALLOWED, 0.4, 0.6, Priority.NORMALE, true, java.util.Set.of(HumanOnlyIntent.CANCELLATION), true)
			.reasons()).containsExactly(RoutingReason.of("human-only", "annulation"));
		assertThat(TriageRouter.decide(ALLOWED, 0.4, 0.6, Priority.URGENTE, true, java.util.Set.of(), true).automatic())
			.isFalse();
	}

	@Test
	void should_not_treat_a_statement_as_an_information_request() {
		assertThat(TriageRouter.decide(ALLOWED, 0.4, 0.6, Priority.NORMALE, true, java.util.Set.of(), false).reasons())
			.extracting(RoutingReason::code)
			.containsExactly("confidence-low");
	}

}
