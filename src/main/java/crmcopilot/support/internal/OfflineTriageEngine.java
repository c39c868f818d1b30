package crmcopilot.support.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import crmcopilot.support.Priority;
import crmcopilot.ai.Prediction;
import crmcopilot.ai.Summariser;
import crmcopilot.ai.TextClassifier;
import crmcopilot.ai.UrgencyCues;
import crmcopilot.support.TriageAction;
import crmcopilot.support.TriageResult;
import org.jspecify.annotations.Nullable;

/**
 * The offline triage engine: a summary of what the customer reports and asks (extractive
 * when neither is recognised), the workspace's trained classifier for the category,
 * urgency rules for the priority. Like an LLM, it only proposes: the reply and the action
 * are left to {@link TriagePostProcessor} (empty reply, escalation).
 */
final class OfflineTriageEngine {

	private static final Set<String> VALUABLE = Set.of("vip", "premium", "gold", "high", "haute", "grand compte",
			"key account");

	private final Summariser summariser;

	private final UrgencyCues urgencyCues;

	public OfflineTriageEngine(Summariser summariser, UrgencyCues urgencyCues) {
		this.summariser = summariser;
		this.urgencyCues = urgencyCues;
	}

	public TriageResult triage(TriageRequest request) {
		TriageSetup setup = request.setup();
		String text = request.fullText();
		String language = request.language();
		Map<String, Double> confidence = new LinkedHashMap<>();
		Map<String, String> reasons = new LinkedHashMap<>();

		String resume = summary(request);
		confidence.put("resume", 0.8);

		CategoryChoice choice = category(setup, text, language);
		confidence.put("categorie", round(choice.confidence()));
		reasons.put("categorie", choice.reason());

		UrgencyCues.Signals signals = this.urgencyCues.analyse(text);
		PriorityChoice priority = priority(setup.category(choice.name()).map(Category::basePriority).orElse(null),
				signals, request);
		confidence.put("priorite", round(priority.confidence()));
		reasons.put("priorite", priority.reason());

		confidence.put("global", round(choice.confidence()));
		return new TriageResult(resume, choice.name(), priority.level(), "", TriageAction.ESCALATE, language,
				confidence, reasons, null);
	}

	private String summary(TriageRequest request) {
		String stated = MessageFacts.of(request.fullText(), request.language())
			.summary(request.language())
			.orElse(null);
		if (stated != null) {
			return stated;
		}
		String summary = this.summariser.summarise(request.text(), request.language(), 2).strip();
		if (summary.isEmpty() && request.subject() != null && !request.subject().isBlank()) {
			summary = request.subject().strip();
		}
		if (summary.isEmpty()) {
			// too short to summarise ("Bonjour"): the message is its own summary
			summary = request.text().strip();
		}
		return (summary.length() > 400) ? summary.substring(0, 397) + "..." : summary;
	}

	/**
	 * The shipped sentence-embedding model reads English only: on French messages the
	 * classifier's n-gram model alone is as accurate (eval/triage: 0.829 both), and
	 * embedding them would cost most of the triage's time for nothing.
	 */
	static CategoryChoice category(TriageSetup setup, String text, String language) {
		TextClassifier configured = setup.classifier();
		TextClassifier classifier = (configured == null || "en".equals(language)) ? configured
				: configured.withCascade(0);
		String fallback = setup.fallbackCategory();
		if (classifier == null) {
			return new CategoryChoice(fallback, 0,
					RoutingReason.encode(List.of(RoutingReason.of(RoutingReason.UNTRAINED))));
		}
		Prediction prediction = classifier.predict(text);
		Set<String> names = setup.categoryNames();
		if (names.contains(prediction.label())) {
			return new CategoryChoice(prediction.label(), prediction.confidence(),
					RoutingReason.encode(List.of(RoutingReason.of(RoutingReason.CLASSIFIER,
							String.valueOf(classifier.exampleCount()), prediction.label(),
							String.format(Locale.ROOT, "%.0f", prediction.confidence() * 100)))));
		}
		// the classifier may know labels of categories deleted since: take the best
		// current one
		String best = fallback;
		double bestProbability = 0;
		for (Map.Entry<String, Double> entry : prediction.probabilities().entrySet()) {
			if (names.contains(entry.getKey()) && entry.getValue() > bestProbability) {
				best = entry.getKey();
				bestProbability = entry.getValue();
			}
		}
		return new CategoryChoice(best, bestProbability, RoutingReason.encode(List.of(RoutingReason
			.of(RoutingReason.CLASSIFIED, best, String.format(Locale.ROOT, "%.0f", bestProbability * 100)))));
	}

	/**
	 * @param base the category's priority without urgency cues, or null
	 */
	static PriorityChoice priority(@Nullable Priority base, UrgencyCues.Signals signals, TriageRequest request) {
		double urgency = signals.urgency();
		List<RoutingReason> because = new java.util.ArrayList<>();
		because.add(RoutingReason.of(RoutingReason.URGENCY, String.format(Locale.ROOT, "%.2f", urgency)));
		Priority level;
		double confidence;
		if (signals.legalThreat() || urgency >= 0.6) {
			level = Priority.URGENTE;
			confidence = 0.9;
		}
		else if (urgency >= 0.35 || signals.churnThreat()) {
			level = Priority.HAUTE;
			confidence = 0.75;
		}
		else if (urgency >= 0.1 || (base != null && base != Priority.BASSE)) {
			level = (base != null && base.compareTo(Priority.NORMALE) > 0) ? base : Priority.NORMALE;
			confidence = 0.7;
		}
		else if (base == Priority.BASSE) {
			level = Priority.BASSE;
			confidence = 0.8;
		}
		else {
			level = Priority.NORMALE;
			confidence = 0.8;
		}
		if (!signals.cues().isEmpty()) {
			because.add(
					RoutingReason.of(RoutingReason.CUES, String.join(", ", signals.cues().stream().limit(5).toList())));
		}
		if (signals.legalThreat()) {
			because.add(RoutingReason.of(RoutingReason.LEGAL_THREAT));
		}
		if (signals.churnThreat()) {
			because.add(RoutingReason.of(RoutingReason.CHURN_RISK));
		}
		String value = firstValue(request.metadata(), "customerValue", "segment", "tier");
		if (value != null && VALUABLE.contains(value.toLowerCase(Locale.ROOT))) {
			level = level.raise();
			because.add(RoutingReason.of(RoutingReason.HIGH_VALUE, value));
		}
		if (request.followUp()) {
			level = level.raise();
			because.add(RoutingReason.of(RoutingReason.FOLLOW_UP));
		}
		String reason = RoutingReason.encode(because);
		return new PriorityChoice(level, confidence, reason);
	}

	private static @Nullable String firstValue(Map<String, String> metadata, String... keys) {
		for (String key : keys) {
			String value = metadata.get(key);
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return null;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	record CategoryChoice(String name, double confidence, String reason) {
	}

	record PriorityChoice(Priority level, double confidence, String reason) {
	}

}
