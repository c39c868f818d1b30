package crmcopilot.support.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The one routing decision of a triage, whatever engine proposed it. The rule for
 * answering without a human: the category allows it, the confidence reaches the workspace
 * threshold, the priority is neither Haute nor Urgente, and a reply grounded in the
 * knowledge base exists. Otherwise the message is escalated and the decision names every
 * rule that failed.
 */
final class TriageRouter {

	private TriageRouter() {
	}

	static Decision decide(@Nullable Category category, double confidence, double threshold, String priority,
			boolean grounded) {
		List<String> reasons = new ArrayList<>();
		if (category == null) {
			reasons.add("catégorie inconnue");
		}
		else if (!category.autoAllowed()) {
			reasons.add("catégorie « " + category.name() + " » non autorisée en réponse automatique");
		}
		if (confidence < threshold) {
			reasons.add(String.format(Locale.ROOT, "confiance %.2f sous le seuil %.2f", confidence, threshold));
		}
		if (Priority.isValid(priority) && Priority.of(priority).high()) {
			reasons.add("priorité " + priority);
		}
		if (!grounded) {
			reasons.add("aucune réponse fondée sur la base de connaissances");
		}
		if (reasons.isEmpty()) {
			return new Decision(true, "règles remplies : catégorie autorisée, confiance suffisante, "
					+ "priorité non urgente, réponse fondée");
		}
		return new Decision(false, "escalade : " + String.join(" ; ", reasons));
	}

	/**
	 * @param automatic {@code auto} when true, else {@code escalade}
	 */
	record Decision(boolean automatic, String reason) {

		public String action() {
			return this.automatic ? "auto" : "escalade";
		}

	}

}
