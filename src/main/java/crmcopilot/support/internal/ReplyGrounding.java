package crmcopilot.support.internal;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Finds the reply a triage may send: a knowledge-base article of the message's language,
 * relevant enough and complete (every placeholder filled), composed for the customer;
 * otherwise an acknowledgement, marked not grounded.
 */
final class ReplyGrounding {

	/** A reply needs at least this similarity with an article of its category. */
	static final double GROUNDED_SAME_CATEGORY = 0.08;

	/** ... or this much with any article. */
	static final double GROUNDED_ANY = 0.25;

	private ReplyGrounding() {
	}

	static Grounding ground(TriageRequest request, String category) {
		TriageSetup setup = request.setup();
		String language = request.language();
		List<KnowledgeIndex.Scored> found = setup.knowledge().search(request.fullText(), language, category, 3);
		String incomplete = null;
		for (KnowledgeIndex.Scored scored : found) {
			boolean relevant = (scored.sameCategory() && scored.similarity() >= GROUNDED_SAME_CATEGORY)
					|| scored.similarity() >= GROUNDED_ANY;
			if (!relevant) {
				continue;
			}
			ReplyComposer.Composition composition = ReplyComposer.compose(scored.article(), language,
					request.customerName(), request.fullText(), setup.placeholders(), setup.workspaceName());
			if (composition.complete()) {
				double confidence = Math.min(1, 0.5 + scored.similarity() + (scored.sameCategory() ? 0.2 : 0));
				return new Grounding(composition.reply(), scored.article(), Math.round(confidence * 1000) / 1000.0,
						String.format(Locale.ROOT, "fondée sur « %s » (similarité %.2f)", scored.article().title(),
								scored.similarity()));
			}
			if (incomplete == null) {
				incomplete = "« " + scored.article().title() + " » demande une information absente du message : "
						+ String.join(", ", composition.missing());
			}
		}
		String reason = (incomplete != null) ? incomplete
				: "aucun article pertinent en « " + language + " » dans la base de connaissances";
		return new Grounding(ReplyComposer.acknowledgement(language, request.customerName(), setup.workspaceName()),
				null, 0.0, reason);
	}

	/**
	 * @param article the article the reply states facts of, or null for an
	 * acknowledgement
	 */
	record Grounding(String reply, @Nullable Article article, double confidence, String reason) {

		/** The reply states facts of the knowledge base only. */
		boolean grounded() {
			return this.article != null;
		}

	}

}
