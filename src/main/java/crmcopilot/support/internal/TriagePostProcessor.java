package crmcopilot.support.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import crmcopilot.support.TriageResult;

/**
 * The one place a triage is finished, whatever engine proposed it (offline or an LLM):
 * the reply is kept only when the knowledge base grounds it (else a holding reply, always
 * when the message shows an intent kept for a person), and {@link TriageRouter} decides
 * between an automatic answer and an escalation. An engine's own action is never trusted.
 */
final class TriagePostProcessor {

	private TriagePostProcessor() {
	}

	static TriageResult finish(TriageResult proposal, TriageRequest request) {
		TriageSetup setup = request.setup();
		Set<HumanOnlyIntent> humanOnly = HumanOnlyIntent.detect(request.fullText(), setup.humanOnly(),
				setup.knowledge()::aboutAll);
		ReplyGrounding.Grounding grounding = ReplyGrounding.ground(request, proposal.categorie(), humanOnly);
		double confidence = proposal.confiance().getOrDefault("categorie", proposal.globalConfidence());
		TriageRouter.Decision decision = TriageRouter.decide(setup.category(proposal.categorie()).orElse(null),
				confidence, setup.threshold(), proposal.priorite(), grounding.grounded(), humanOnly,
				informationRequest(request), articleElsewhere(grounding, proposal.categorie(), setup));
		Map<String, Double> confidences = new LinkedHashMap<>(proposal.confiance());
		confidences.putIfAbsent("reponse", grounding.confidence());
		confidences.putIfAbsent("global", confidence);
		Map<String, String> reasons = new LinkedHashMap<>(proposal.raisons());
		reasons.putIfAbsent("reponse", grounding.reason());
		reasons.put("action", decision.reason());
		String reply = (grounding.grounded() && !proposal.reponse().isBlank()) ? proposal.reponse() : grounding.reply();
		return new TriageResult(proposal.resume(), proposal.categorie(), proposal.priorite(), reply, decision.action(),
				proposal.langue(), confidences, reasons, grounding.grounded()
						? new TriageResult.ArticleRef(grounding.article().id(), grounding.article().title()) : null);
	}

	/**
	 * The reply's article answers another category than the classifier's, one the
	 * workspace answers automatically.
	 */
	private static boolean articleElsewhere(ReplyGrounding.Grounding grounding, String category, TriageSetup setup) {
		String articleCategory = grounding.grounded() ? grounding.article().categorie() : null;
		return articleCategory != null && !articleCategory.equals(category)
				&& setup.category(articleCategory).map(Category::autoAllowed).orElse(false);
	}

	/**
	 * The message asks a question, with or without a question mark ("svp", "je voudrais
	 * savoir"), and reports no problem (a how-to, a delay, a policy).
	 */
	static boolean informationRequest(TriageRequest request) {
		return MessageFacts.asksQuestion(request.fullText())
				&& !MessageFacts.of(request.fullText(), request.language()).reportsProblem();
	}

}
