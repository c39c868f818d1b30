package crmcopilot.matching.internal.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import crmcopilot.ai.AiTask;
import crmcopilot.ai.TaskContext;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.scoring.ScoreBreakdown;

import org.springframework.stereotype.Component;

/**
 * {@code shopper-prebrief}: what the shopper reads before the session (client summary,
 * goals, style and budget, morphology advice, questions, session plan, items to prepare).
 * The offline writer works from the form and the breakdown only.
 */
@Component
public class ShopperPrebriefTask implements AiTask<ShopperPrebriefTask.Input, ShopperPrebrief> {

	@Override
	public String name() {
		return "shopper-prebrief";
	}

	@Override
	public Class<ShopperPrebrief> resultType() {
		return ShopperPrebrief.class;
	}

	@Override
	public String language(Input input) {
		return "en".equals(input.language()) ? "en" : "fr";
	}

	@Override
	public Map<String, Object> promptVariables(Input input) {
		ClientRequest c = input.client();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("client_name", c.name());
		variables.put("city", c.city());
		variables.put("mode", (input.breakdown() != null) ? input.breakdown().mode().code() : c.mode().code());
		variables.put("styles", input.labelled(c.styles()));
		variables.put("budget", BriefTexts.money(amount(c.budget()), input.currency(), language(input)));
		variables.put("goals", input.labelled(c.goals()));
		variables.put("life_moments", input.labelled(c.lifeMoments()));
		variables.put("morphology", (c.morphology() != null) ? input.label(c.morphology()) : "");
		variables.put("preferences", c.preferences());
		variables.put("shopper", input.shopper().name());
		return variables;
	}

	@Override
	public ShopperPrebrief offline(Input input, TaskContext context) {
		String lang = language(input);
		ClientRequest c = input.client();
		ShopperProfile shopper = input.shopper();
		Mode mode = (input.breakdown() != null) ? input.breakdown().mode()
				: (c.mode() == Mode.REMOTE ? Mode.REMOTE : Mode.IN_PERSON);
		String budget = BriefTexts.money(amount(c.budget()), input.currency(), lang);
		String summary = BriefTexts.text(lang, "summary", c.name(), c.city(), budget,
				BriefTexts.text(lang, (mode == Mode.REMOTE) ? "by-video" : "in-person"));
		if (!c.preferences().isBlank()) {
			summary = summary + " " + BriefTexts.text(lang, "free-text", c.preferences().strip());
		}
		List<String> styles = input.labelled(c.styles());
		List<String> goals = new ArrayList<>(input.labelled(c.goals()));
		goals.addAll(input.labelled(c.lifeMoments()));
		if (goals.isEmpty()) {
			goals.add(BriefTexts.text(lang, "no-goal"));
		}
		String styleAndBudget = BriefTexts.text(lang, "style-budget", BriefTexts.list(styles, lang), budget,
				BriefTexts.money(amount(shopper.priceMin()), input.currency(), lang),
				BriefTexts.money(amount(shopper.priceMax()), input.currency(), lang));
		String morphology = (c.morphology() == null) ? BriefTexts.text(lang, "no-morphology")
				: BriefTexts.morphologyAdvice(lang, c.morphology(), input.label(c.morphology()));
		List<String> questions = new ArrayList<>();
		questions.add(BriefTexts.text(lang, "q1"));
		for (String goal : input.labelled(c.goals())) {
			questions.add(BriefTexts.text(lang, "q-goal", goal));
		}
		for (String moment : input.labelled(c.lifeMoments())) {
			questions.add(BriefTexts.text(lang, "q-moment", moment));
		}
		questions.add(BriefTexts.text(lang, "q2"));
		questions.add(BriefTexts.text(lang, "q-budget", budget));
		List<String> plan = List.of(BriefTexts.text(lang, "p1"), BriefTexts.text(lang, "p2"),
				BriefTexts.text(lang, "p3", BriefTexts.list(styles, lang)), BriefTexts.text(lang, "p4"));
		List<String> items = new ArrayList<>();
		items.add(BriefTexts.text(lang, "i1", BriefTexts.list(styles, lang)));
		for (String goal : input.labelled(c.goals())) {
			items.add(BriefTexts.text(lang, "i-goal", goal));
		}
		items.add(BriefTexts.text(lang, "i2"));
		if (mode == Mode.REMOTE) {
			items.add(BriefTexts.text(lang, "i-remote"));
		}
		items.add(BriefTexts.text(lang, "i3"));
		return new ShopperPrebrief(summary, goals, styleAndBudget, morphology, questions, plan, items);
	}

	private static String amount(double value) {
		return String.format(java.util.Locale.ROOT, "%.0f", value);
	}

	/**
	 * A client, their shopper, the pair's breakdown (null when filters now exclude it),
	 * the shopper's language, the workspace's currency and how the workspace writes the
	 * values of its lists.
	 *
	 * @param labels each normalised value (as stored) and its label with accents
	 * ({@link crmcopilot.matching.internal.VocabularyLists#labels()}); a value without
	 * one is shown as stored
	 */
	public record Input(ClientRequest client, ShopperProfile shopper, @Nullable ScoreBreakdown breakdown,
			String language, String currency, Map<String, String> labels) {

		public Input {
			labels = Map.copyOf(labels);
		}

		public Input(ClientRequest client, ShopperProfile shopper, @Nullable ScoreBreakdown breakdown, String language,
				String currency) {
			this(client, shopper, breakdown, language, currency, Map.of());
		}

		public Input(ClientRequest client, ShopperProfile shopper, @Nullable ScoreBreakdown breakdown,
				String language) {
			this(client, shopper, breakdown, language, "");
		}

		String label(String value) {
			return this.labels.getOrDefault(value, value);
		}

		List<String> labelled(Collection<String> values) {
			return values.stream().map(this::label).toList();
		}

	}

}
