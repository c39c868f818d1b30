package crmcopilot.matching.internal.scoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import crmcopilot.ai.TaskContext;
import crmcopilot.ai.TextEmbeddings;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.DemoProfiles;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.Vocabulary;
import crmcopilot.matching.internal.assignment.ScoreMatrix;
import crmcopilot.matching.internal.scoring.MatchWeights.Component;
import crmcopilot.matching.internal.tasks.ExplainMatchTask;
import crmcopilot.matching.internal.tasks.MatchExplanation;
import crmcopilot.matching.internal.tasks.ShopperPrebrief;
import crmcopilot.matching.internal.tasks.ShopperPrebriefTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MatchScorerTests {

	private final MatchScorer scorer = new MatchScorer(MatchWeights.DEFAULT, Cities.bundled(), null);

	static ClientRequest client(String city, Mode mode, double budget) {
		return new ClientRequest(UUID.randomUUID(), "Awa Diallo", "awa@example.com", city, mode,
				Set.of("Bohème", "minimaliste"), budget, Set.of("mariage", "confiance en soi"), Set.of("naissance"),
				"sablier", "J'aime les couleurs vives", Set.of("samedi"), "fr");
	}

	static ShopperProfile shopper(String city, Set<Mode> modes, double min, double max) {
		return new ShopperProfile(UUID.randomUUID(), "Léa Martin", "lea@example.com", city, null, null, modes,
				Set.of("boheme", "classique"), min, max, Set.of("mariage"), Set.of("naissance", "retraite"),
				Set.of("sablier"), Set.of("fr", "en"), Set.of("bohème"), 5, Set.of("samedi", "soir"), null,
				"Couleurs et mariage", 20);
	}

	@Test
	void filters_mode_distance_budget_language_and_availability() {
		ShopperProfile paris = shopper("Paris", Set.of(Mode.IN_PERSON), 80, 160);
		assertThat(this.scorer.exclusion(client("Paris", Mode.IN_PERSON, 200), paris)).isNull();
		assertThat(this.scorer.exclusion(client("Paris", Mode.REMOTE, 200), paris)).isEqualTo("mode");
		assertThat(this.scorer.exclusion(client("Lyon", Mode.IN_PERSON, 200), paris)).isEqualTo("distance");
		assertThat(this.scorer.exclusion(client("Lyon", Mode.ANY, 200), paris)).isEqualTo("distance");
		assertThat(this.scorer.exclusion(client("Atlantis", Mode.IN_PERSON, 200), paris)).isEqualTo("distance");
		assertThat(this.scorer.exclusion(client("Paris", Mode.IN_PERSON, 50), paris)).isEqualTo("budget");
		ClientRequest english = new ClientRequest(UUID.randomUUID(), "A", "a@x.io", "Paris", Mode.IN_PERSON, Set.of(),
				200, Set.of(), Set.of(), null, "", Set.of(), "wo");
		assertThat(this.scorer.exclusion(english, paris)).isEqualTo("language");
		ClientRequest sunday = new ClientRequest(UUID.randomUUID(), "A", "a@x.io", "Paris", Mode.IN_PERSON, Set.of(),
				200, Set.of(), Set.of(), null, "", Set.of("dimanche"), "fr");
		assertThat(this.scorer.exclusion(sunday, paris)).isEqualTo("availability");
		ShopperProfile both = shopper("Dakar", Set.of(Mode.IN_PERSON, Mode.REMOTE), 80, 160);
		assertThat(this.scorer.explain(client("Paris", Mode.ANY, 200), both).orElseThrow().mode())
			.isEqualTo(Mode.REMOTE);
	}

	@Test
	void scores_each_component_with_its_facts() {
		ShopperProfile shopper = shopper("Boulogne-Billancourt", Set.of(Mode.IN_PERSON), 80, 160);
		ScoreBreakdown b = this.scorer.explain(client("Paris", Mode.IN_PERSON, 120), shopper).orElseThrow();
		assertThat(b.part(Component.STYLE).value()).isEqualTo(0.5);
		assertThat(b.part(Component.STYLE).facts()).containsExactly("boheme");
		assertThat(b.part(Component.GOALS).value()).isEqualTo(0.5);
		assertThat(b.part(Component.GOALS).facts()).containsExactly("mariage");
		assertThat(b.part(Component.LIFE_MOMENTS).value()).isEqualTo(1.0);
		assertThat(b.part(Component.MORPHOLOGY).value()).isEqualTo(1.0);
		assertThat(b.part(Component.BUDGET).value()).isCloseTo(0.75, within(1e-9));
		assertThat(b.part(Component.BUDGET).facts()).containsExactly("120", "80", "160");
		assertThat(b.distanceKm()).isBetween(7.0, 10.0);
		assertThat(b.part(Component.DISTANCE).value()).isCloseTo(1 - b.distanceKm() / 20, within(1e-9));
		assertThat(b.part(Component.SEMANTIC).applicable()).isFalse();
		assertThat(b.part(Component.SEMANTIC).note()).isEqualTo(MatchScorer.NOTE_NO_EMBEDDINGS);
		double weights = b.parts().stream().mapToDouble(ScoreBreakdown.Part::weight).sum();
		assertThat(weights).isCloseTo(1.0, within(1e-9));
		double total = b.parts().stream().mapToDouble(ScoreBreakdown.Part::contribution).sum();
		assertThat(b.total()).isCloseTo(total, within(1e-12));
	}

	@Test
	void should_count_a_wish_the_shopper_s_description_names_as_offered() {
		ShopperProfile tagged = shopper("Paris", Set.of(Mode.IN_PERSON), 80, 160);
		ShopperProfile described = new ShopperProfile(tagged.id(), tagged.name(), tagged.email(), tagged.city(), null,
				null, tagged.modes(), tagged.styles(), 80, 160, tagged.goals(), tagged.lifeMoments(),
				tagged.morphologies(), tagged.languages(), tagged.tags(), 5, tagged.availability(), null,
				"Je redonne Confiance en soi, et j'adore le style minimaliste.", 20);
		ClientRequest client = client("Paris", Mode.IN_PERSON, 120);
		ScoreBreakdown before = this.scorer.explain(client, tagged).orElseThrow();
		ScoreBreakdown after = this.scorer.explain(client, described).orElseThrow();
		assertThat(after.part(Component.GOALS).value()).isEqualTo(1.0);
		assertThat(after.part(Component.GOALS).facts()).containsExactlyInAnyOrder("mariage", "confiance en soi");
		assertThat(after.part(Component.STYLE).facts()).containsExactlyInAnyOrder("boheme", "minimaliste");
		assertThat(after.total()).isGreaterThan(before.total());
		assertThat(this.scorer.matrix(List.of(client), List.of(described)).score(0, 0)).isEqualTo(after.total());
	}

	@Test
	void uses_embeddings_when_available() {
		TextEmbeddings fake = new TextEmbeddings() {
			@Override
			public float[] embed(String text) {
				return text.contains("couleur") || text.contains("Couleur") ? new float[] { 1, 0 }
						: new float[] { 0, 1 };
			}

			@Override
			public int dimension() {
				return 2;
			}
		};
		MatchScorer semantic = new MatchScorer(MatchWeights.DEFAULT, Cities.bundled(), fake);
		ScoreBreakdown b = semantic
			.explain(client("Paris", Mode.IN_PERSON, 200), shopper("Paris", Set.of(Mode.IN_PERSON), 80, 160))
			.orElseThrow();
		assertThat(b.part(Component.SEMANTIC).applicable()).isTrue();
		assertThat(b.part(Component.SEMANTIC).value()).isEqualTo(1.0);
	}

	@Test
	void matrix_scores_equal_the_breakdown_totals_and_ranking_is_sorted() {
		List<ClientRequest> clients = DemoProfiles.clients(40, 3);
		List<ShopperProfile> shoppers = DemoProfiles.shoppers(20, 3);
		ScoreMatrix matrix = this.scorer.matrix(clients, shoppers);
		for (int c = 0; c < clients.size(); c++) {
			for (int s = 0; s < shoppers.size(); s++) {
				double expected = this.scorer.explain(clients.get(c), shoppers.get(s))
					.map(ScoreBreakdown::total)
					.orElse(Double.NEGATIVE_INFINITY);
				assertThat(matrix.score(c, s)).isEqualTo(expected);
			}
			List<RankedShopper> ranked = this.scorer.rank(clients.get(c), shoppers);
			for (int i = 1; i < ranked.size(); i++) {
				assertThat(ranked.get(i - 1).score()).isGreaterThanOrEqualTo(ranked.get(i).score());
			}
		}
	}

	@Test
	void explanation_cites_only_true_breakdown_facts() {
		ExplainMatchTask task = new ExplainMatchTask();
		List<String> vocabulary = new ArrayList<>();
		for (List<String> words : List.of(DemoProfiles.STYLES, DemoProfiles.GOALS, DemoProfiles.LIFE_MOMENTS,
				DemoProfiles.MORPHOLOGIES)) {
			words.forEach((w) -> vocabulary.add(Vocabulary.normalise(w)));
		}
		vocabulary.sort((a, b) -> b.length() - a.length());
		int checked = 0;
		for (ClientRequest client : DemoProfiles.clients(30, 9)) {
			for (RankedShopper ranked : this.scorer.rank(client, DemoProfiles.shoppers(20, 9))) {
				ExplainMatchTask.Input input = new ExplainMatchTask.Input(client, ranked.shopper(), ranked.breakdown());
				MatchExplanation explanation = task.offline(input, new TaskContext(UUID.randomUUID(), "fr"));
				Set<String> allowed = ExplainMatchTask.allowedFacts(ranked.breakdown());
				assertThat(allowed).containsAll(explanation.facts());
				assertThat(task.validate(explanation, input)).isNull();
				String text = plain(String.join(" ", explanation.reasons()));
				Set<String> values = new java.util.HashSet<>();
				explanation.facts().forEach((fact) -> values.add(fact.substring(fact.indexOf(':') + 1)));
				java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("[0-9]+").matcher(text);
				while (numbers.find()) {
					assertThat(values).as("an uncited number in %s", explanation.reasons()).contains(numbers.group());
				}
				for (String fact : explanation.facts()) {
					text = text.replace(plain(fact.substring(fact.indexOf(':') + 1)), " ");
				}
				for (String word : vocabulary) {
					assertThat(text).as("an uncited tag in %s", explanation.reasons()).doesNotContain(word);
				}
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(50);
		MatchExplanation invented = new MatchExplanation("x", List.of("x"), List.of("style:rock-invented"));
		ClientRequest client = client("Paris", Mode.IN_PERSON, 200);
		ShopperProfile shopper = shopper("Paris", Set.of(Mode.IN_PERSON), 80, 160);
		assertThat(task.validate(invented,
				new ExplainMatchTask.Input(client, shopper, this.scorer.explain(client, shopper).orElseThrow())))
			.contains("rock-invented");
	}

	@Test
	void explanation_speaks_the_client_language() {
		ClientRequest english = new ClientRequest(UUID.randomUUID(), "Ann", "ann@x.io", "Paris", Mode.IN_PERSON,
				Set.of("boheme"), 200, Set.of(), Set.of(), null, "", Set.of(), "en");
		ShopperProfile shopper = shopper("Paris", Set.of(Mode.IN_PERSON), 80, 160);
		ExplainMatchTask task = new ExplainMatchTask();
		ExplainMatchTask.Input input = new ExplainMatchTask.Input(english, shopper,
				this.scorer.explain(english, shopper).orElseThrow());
		assertThat(task.language(input)).isEqualTo("en");
		assertThat(task.offline(input, new TaskContext(UUID.randomUUID(), "en")).headline()).contains("best match");
	}

	@Test
	void explanation_writes_values_as_the_workspace_does() {
		ClientRequest client = new ClientRequest(UUID.randomUUID(), "Awa", "awa@x.sn", "Paris", Mode.IN_PERSON,
				Set.of("boheme"), 200, Set.of(), Set.of(), null, "", Set.of(), "fr");
		ShopperProfile shopper = shopper("Paris", Set.of(Mode.IN_PERSON), 80, 160);
		ExplainMatchTask.Input input = new ExplainMatchTask.Input(client, shopper,
				this.scorer.explain(client, shopper).orElseThrow(), "EUR", Map.of("boheme", "bohème"));

		MatchExplanation explanation = new ExplainMatchTask().offline(input, new TaskContext(UUID.randomUUID(), "fr"));

		assertThat(explanation.reasons()).anyMatch((reason) -> reason.contains("bohème"))
			.noneMatch((reason) -> reason.contains("boheme"));
		assertThat(explanation.facts()).contains("style:boheme");
	}

	@Test
	void explanation_and_prebrief_state_amounts_in_the_workspace_currency() {
		ClientRequest client = client("Paris", Mode.IN_PERSON, 200);
		ShopperProfile shopper = shopper("Paris", Set.of(Mode.IN_PERSON), 80, 160);
		ScoreBreakdown breakdown = this.scorer.explain(client, shopper).orElseThrow();
		MatchExplanation explanation = new ExplainMatchTask().offline(
				new ExplainMatchTask.Input(client, shopper, breakdown, "EUR"),
				new TaskContext(UUID.randomUUID(), "fr"));
		assertThat(explanation.reasons()).anyMatch((r) -> r.contains("200 €") && r.contains("160 €"));
		ShopperPrebrief brief = new ShopperPrebriefTask().offline(
				new ShopperPrebriefTask.Input(client, shopper, breakdown, "fr", "XOF"),
				new TaskContext(UUID.randomUUID(), "fr"));
		assertThat(brief.summary()).contains("200 F\u202fCFA");
		assertThat(brief.styleAndBudget()).contains("80 F\u202fCFA");
	}

	@Test
	void prebrief_covers_every_section() {
		ClientRequest client = client("Paris", Mode.IN_PERSON, 200);
		ShopperProfile shopper = shopper("Paris", Set.of(Mode.IN_PERSON), 80, 160);
		ShopperPrebrief brief = new ShopperPrebriefTask().offline(new ShopperPrebriefTask.Input(client, shopper,
				this.scorer.explain(client, shopper).orElseThrow(), "fr"), new TaskContext(UUID.randomUUID(), "fr"));
		assertThat(brief.summary()).contains("Awa Diallo", "Paris", "200");
		assertThat(brief.goals()).contains("mariage", "naissance");
		assertThat(brief.styleAndBudget()).contains("boheme", "200");
		assertThat(brief.morphologyAdvice()).contains("taille");
		assertThat(brief.questions()).anyMatch((q) -> q.contains("mariage"));
		assertThat(brief.sessionPlan()).hasSize(4);
		assertThat(brief.itemsToPrepare()).isNotEmpty();
	}

	private static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase();
	}

}
