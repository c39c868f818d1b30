package crmcopilot.support;

import java.util.Map;

/**
 * The triage of one message, as the API returns it.
 *
 * @param resume one- or two-sentence summary
 * @param categorie one of the workspace's categories
 * @param priorite {@code Basse}, {@code Normale}, {@code Haute} or {@code Urgente}
 * @param reponse proposed reply in the customer's language, grounded in the knowledge
 * base (empty when none is grounded)
 * @param action {@code auto} or {@code escalade}
 * @param langue ISO 639-1 code of the customer's language
 * @param confiance confidence per field, 0..1 ({@code categorie}, {@code priorite},
 * {@code reponse}, {@code global})
 * @param raisons a short reason per field ({@code categorie}, {@code priorite},
 * {@code reponse}, {@code action})
 */
public record TriageResult(String resume, String categorie, String priorite, String reponse, String action,
		String langue, Map<String, Double> confiance, Map<String, String> raisons) {

	public static final String AUTO = "auto";

	public static final String ESCALADE = "escalade";

	public boolean automatic() {
		return AUTO.equals(this.action);
	}

	public double globalConfidence() {
		return this.confiance.getOrDefault("global", 0.0);
	}

}
