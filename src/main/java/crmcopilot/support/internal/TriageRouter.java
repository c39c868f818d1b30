package crmcopilot.support.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import crmcopilot.support.Priority;
import crmcopilot.support.TriageAction;
import org.jspecify.annotations.Nullable;

/**
 * The one routing decision of a triage, whatever engine proposed it. The rule for
 * answering without a human: the category allows it, the confidence reaches the workspace
 * threshold, the priority is neither high nor urgent, and a reply grounded in the
 * knowledge base exists, and the message shows no intent the workspace keeps for a person
 * ({@link HumanOnlyIntent}). Otherwise the message is escalated and the decision names
 * every rule that failed, as {@link RoutingReason} codes a page shows in its reader's
 * language.
 * <p>
 * An information request (a question that reports no problem) that an article answers is
 * not held back because the classifier hesitates between categories: below the threshold,
 * the confidence rule and the rule of a category kept for people give way to the article.
 * A category kept for people binds only when the classifier is sure of it
 * ({@link #CATEGORY_SURE}), and never-automatic intents, urgent priorities and ungrounded
 * replies always escalate.
 */
final class TriageRouter {

	/**
	 * The confidence from which a category kept for people binds an information request
	 * that an article of a category answered automatically answers. Below it, and above
	 * the workspace threshold, the classifier's category is often a question about a
	 * policy read as a complaint ("votre riz est-il vraiment local ?" and the article on
	 * the rice).
	 */
	static final double CATEGORY_SURE = 0.8;

	private TriageRouter() {
	}

	static Decision decide(@Nullable Category category, double confidence, double threshold, Priority priority,
			boolean grounded) {
		return decide(category, confidence, threshold, priority, grounded, java.util.Set.of());
	}

	/**
	 * @param humanOnly never-automatic intents the message shows (each one escalates)
	 */
	static Decision decide(@Nullable Category category, double confidence, double threshold, Priority priority,
			boolean grounded, java.util.Set<HumanOnlyIntent> humanOnly) {
		return decide(category, confidence, threshold, priority, grounded, humanOnly, false);
	}

	static Decision decide(@Nullable Category category, double confidence, double threshold, Priority priority,
			boolean grounded, java.util.Set<HumanOnlyIntent> humanOnly, boolean informationRequest) {
		return decide(category, confidence, threshold, priority, grounded, humanOnly, informationRequest, false);
	}

	/**
	 * @param informationRequest the message asks a question and reports no problem
	 * @param articleElsewhere the reply's article belongs to another category, one the
	 * workspace answers automatically: the classifier's category may be wrong
	 */
	static Decision decide(@Nullable Category category, double confidence, double threshold, Priority priority,
			boolean grounded, java.util.Set<HumanOnlyIntent> humanOnly, boolean informationRequest,
			boolean articleElsewhere) {
		List<RoutingReason> reasons = new ArrayList<>();
		for (HumanOnlyIntent intent : humanOnly) {
			reasons.add(RoutingReason.of(RoutingReason.HUMAN_ONLY, intent.code()));
		}
		String confidenceText = String.format(Locale.ROOT, "%.2f", confidence);
		String thresholdText = String.format(Locale.ROOT, "%.2f", threshold);
		boolean answerable = informationRequest && grounded && category != null;
		boolean answeredInformation = answerable && confidence < threshold;
		// the classifier often reads a plain question about a policy as a complaint; the
		// complaint itself is a never-automatic intent, found from its own words
		boolean unsureKeptCategory = answerable && articleElsewhere && !category.autoAllowed()
				&& confidence < CATEGORY_SURE;
		if (category != null && !category.autoAllowed() && !answeredInformation && !unsureKeptCategory) {
			// a category the workspace keeps for people binds when the classifier is sure
			// of it, or the message is more than a question an article answers
			reasons.add(RoutingReason.of(RoutingReason.CATEGORY_NOT_AUTO, category.name()));
		}
		if (!answeredInformation) {
			if (category == null) {
				reasons.add(RoutingReason.of(RoutingReason.CATEGORY_UNKNOWN));
			}
			if (confidence < threshold) {
				reasons.add(RoutingReason.of(RoutingReason.CONFIDENCE_LOW, confidenceText, thresholdText));
			}
		}
		if (priority.high()) {
			reasons.add(RoutingReason.of(RoutingReason.PRIORITY_HIGH, priority.label()));
		}
		if (!grounded) {
			reasons.add(RoutingReason.of(RoutingReason.NOT_GROUNDED));
		}
		if (reasons.isEmpty()) {
			RoutingReason met = RoutingReason.of(RoutingReason.RULES_MET);
			if (answeredInformation) {
				met = RoutingReason.of(RoutingReason.INFORMATION_REQUEST, confidenceText, thresholdText);
			}
			else if (unsureKeptCategory) {
				met = RoutingReason.of(RoutingReason.INFORMATION_REQUEST_KEPT_CATEGORY, category.name(), confidenceText,
						String.format(Locale.ROOT, "%.2f", CATEGORY_SURE));
			}
			return new Decision(true, List.of(met));
		}
		return new Decision(false, reasons);
	}

	/**
	 * @param automatic answered without a human when true, else escalated
	 * @param reasons the rules met, or every rule that failed
	 */
	record Decision(boolean automatic, List<RoutingReason> reasons) {

		TriageAction action() {
			return this.automatic ? TriageAction.AUTO : TriageAction.ESCALATE;
		}

		/** The reasons as stored with the triage and the ticket. */
		String reason() {
			return RoutingReason.encode(this.reasons);
		}

	}

}
