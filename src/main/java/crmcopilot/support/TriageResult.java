package crmcopilot.support;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The triage of one message, as the API returns it.
 *
 * @param resume one- or two-sentence summary
 * @param categorie one of the workspace's categories
 * @param priorite {@code Basse}, {@code Normale}, {@code Haute} or {@code Urgente} in
 * JSON
 * @param reponse proposed reply in the customer's language, grounded in the knowledge
 * base (empty when none is grounded)
 * @param action {@code auto} or {@code escalade} in JSON
 * @param langue ISO 639-1 code of the customer's language
 * @param confiance confidence per field, 0..1 ({@code categorie}, {@code priorite},
 * {@code reponse}, {@code global})
 * @param article the knowledge-base article the reply is grounded on, or null
 * @param raisons a short reason per field ({@code categorie}, {@code priorite},
 * {@code reponse}, {@code action})
 */
public record TriageResult(String resume, String categorie, Priority priorite, String reponse, TriageAction action,
		String langue, Map<String, Double> confiance, Map<String, String> raisons, @Nullable ArticleRef article) {

	/** An article of the workspace's knowledge base, as the triage names it. */
	public record ArticleRef(UUID id, String titre) {
	}

	public boolean automatic() {
		return this.action == TriageAction.AUTO;
	}

	public double globalConfidence() {
		return this.confiance.getOrDefault("global", 0.0);
	}

}
