package crmcopilot.matching.internal.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import crmcopilot.ai.AiTask;
import crmcopilot.ai.TaskContext;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.scoring.ScoreBreakdown;
import crmcopilot.matching.internal.scoring.ScoreBreakdown.Part;

import org.springframework.stereotype.Component;

/**
 * {@code explain-match}: why this shopper, for the client, in the client's language,
 * grounded only in the score breakdown. The offline writer turns each applicable part
 * with a positive value into one sentence; an LLM answer citing a fact absent from the
 * breakdown is rejected.
 */
@Component
public class ExplainMatchTask implements AiTask<ExplainMatchTask.Input, MatchExplanation> {

	@Override
	public String name() {
		return "explain-match";
	}

	@Override
	public Class<MatchExplanation> resultType() {
		return MatchExplanation.class;
	}

	@Override
	public String language(Input input) {
		return "en".equals(input.client().language()) ? "en" : "fr";
	}

	@Override
	public Map<String, Object> promptVariables(Input input) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("shopper", input.shopper().name());
		variables.put("score", percent(input.breakdown().total()));
		variables.put("mode", input.breakdown().mode().code());
		variables.put("facts", new ArrayList<>(allowedFacts(input.breakdown())));
		return variables;
	}

	@Override
	public MatchExplanation offline(Input input, TaskContext context) {
		String language = language(input);
		String name = input.shopper().name();
		ScoreBreakdown breakdown = input.breakdown();
		List<String> reasons = new ArrayList<>();
		List<String> facts = new ArrayList<>();
		List<Part> parts = breakdown.parts()
			.stream()
			.filter((p) -> p.applicable() && p.value() > 0)
			.sorted(Comparator.comparingDouble(Part::contribution).reversed())
			.toList();
		for (Part part : parts) {
			String reason = reason(language, name, part, input);
			if (reason != null) {
				reasons.add(reason);
				facts.addAll(facts(part));
			}
		}
		if (breakdown.mode() == Mode.REMOTE) {
			reasons.add(BriefTexts.text(language, "remote"));
			facts.add("mode:" + Mode.REMOTE.code());
		}
		String headline = BriefTexts.text(language, "headline", name, percent(breakdown.total()));
		return new MatchExplanation(headline, reasons, facts);
	}

	@Override
	public @Nullable String validate(MatchExplanation result, Input input) {
		Set<String> allowed = allowedFacts(input.breakdown());
		for (String fact : result.facts()) {
			if (!allowed.contains(fact)) {
				return "fact not in the breakdown: " + fact;
			}
		}
		return null;
	}

	/** Every fact the breakdown supports, as {@code component:value}. */
	public static Set<String> allowedFacts(ScoreBreakdown breakdown) {
		Set<String> facts = new LinkedHashSet<>();
		for (Part part : breakdown.parts()) {
			if (part.applicable()) {
				facts.addAll(facts(part));
			}
		}
		facts.add("mode:" + breakdown.mode().code());
		return facts;
	}

	private static List<String> facts(Part part) {
		String key = part.component().key();
		return switch (part.component()) {
			case BUDGET -> List.of("budget:" + part.facts().get(0), "price-min:" + part.facts().get(1),
					"price-max:" + part.facts().get(2));
			case DISTANCE -> part.facts().isEmpty() ? List.of()
					: List.of("distance-km:" + part.facts().get(0), "city:" + part.facts().get(1));
			case SEMANTIC -> List.of("semantic:" + percent(part.value()));
			default -> part.facts().stream().map((fact) -> key + ":" + fact).toList();
		};
	}

	private static @Nullable String reason(String language, String name, Part part, Input input) {
		String currency = input.currency();
		List<String> facts = part.facts();
		// values as the workspace writes them (bohème, not boheme)
		List<String> labelled = facts.stream().map(input::label).toList();
		return switch (part.component()) {
			case STYLE ->
				facts.isEmpty() ? null : BriefTexts.text(language, "style", name, String.join(", ", labelled));
			case GOALS ->
				facts.isEmpty() ? null : BriefTexts.text(language, "goals", name, String.join(", ", labelled));
			case LIFE_MOMENTS ->
				facts.isEmpty() ? null : BriefTexts.text(language, "life-moments", name, String.join(", ", labelled));
			case MORPHOLOGY -> facts.isEmpty() ? null : BriefTexts.text(language, "morphology", name, labelled.get(0));
			case BUDGET -> BriefTexts.text(language, (part.value() >= 1) ? "budget-full" : "budget-part",
					BriefTexts.money(facts.get(0), currency, language),
					BriefTexts.money(facts.get(1), currency, language),
					BriefTexts.money(facts.get(2), currency, language));
			case DISTANCE -> facts.isEmpty() ? null : BriefTexts.text(language, "distance", facts.get(0), facts.get(1));
			case SEMANTIC -> BriefTexts.text(language, "semantic");
		};
	}

	static String percent(double value) {
		return String.format(Locale.ROOT, "%.0f", value * 100);
	}

	/**
	 * A pair, its breakdown, the workspace's currency and how it writes its values.
	 *
	 * @param currency ISO 4217 code of budgets and prices, empty when unknown
	 * @param labels each normalised value (as stored) and its label with accents
	 * ({@link crmcopilot.matching.internal.VocabularyLists#labels()}); a value without
	 * one is written as stored
	 */
	public record Input(ClientRequest client, ShopperProfile shopper, ScoreBreakdown breakdown, String currency,
			Map<String, String> labels) {

		public Input {
			labels = Map.copyOf(labels);
		}

		public Input(ClientRequest client, ShopperProfile shopper, ScoreBreakdown breakdown, String currency) {
			this(client, shopper, breakdown, currency, Map.of());
		}

		public Input(ClientRequest client, ShopperProfile shopper, ScoreBreakdown breakdown) {
			this(client, shopper, breakdown, "");
		}

		String label(String value) {
			return this.labels.getOrDefault(value, value);
		}

	}

}
