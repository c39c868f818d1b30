package crmcopilot.matching.internal.tasks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.FakeChatServer;
import crmcopilot.ai.internal.TestGateways;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.scoring.Cities;
import crmcopilot.matching.internal.scoring.MatchScorer;
import crmcopilot.matching.internal.scoring.MatchWeights;
import crmcopilot.matching.internal.scoring.ScoreBreakdown;

/**
 * Pairs every engine of {@code explain-match} and {@code shopper-prebrief} must handle:
 * an in-person client in Paris with a morphology, an English client by video without one,
 * a client in Dakar paying in CFA francs who wrote a free text.
 */
final class MatchingTaskFixtures {

	private static final MatchScorer SCORER = new MatchScorer(MatchWeights.DEFAULT, Cities.bundled(), null);

	static final ClientRequest PARIS = new ClientRequest(id("c1"), "Camille Durand", "camille@example.com", "Paris",
			Mode.IN_PERSON, Set.of("bohème", "classique"), 150, Set.of("mariage"), Set.of("nouveau poste"), "sablier",
			"", Set.of("samedi"), "fr");

	static final ClientRequest LONDON_BY_VIDEO = new ClientRequest(id("c2"), "Ann Smith", "ann@example.com", "Lyon",
			Mode.REMOTE, Set.of("minimaliste"), 90, Set.of(), Set.of(), null, "", Set.of(), "en");

	static final ClientRequest DAKAR = new ClientRequest(id("c3"), "Fatou Ndiaye", "fatou@example.com", "Dakar",
			Mode.ANY, Set.of("wax et pagne"), 60000, Set.of("confiance en soi"), Set.of(), null,
			"J'aime les couleurs vives mais je n'ose pas les porter.", Set.of(), "fr");

	static final ShopperProfile AWA = shopper("s1", "Awa Diallo", "Paris", Set.of(Mode.IN_PERSON, Mode.REMOTE),
			Set.of("boheme", "minimaliste"), 80, 180, Set.of("mariage"), Set.of("sablier"), Set.of("fr", "en"));

	static final ShopperProfile MARIAM = shopper("s2", "Mariam Koné", "Dakar", Set.of(Mode.IN_PERSON),
			Set.of("wax et pagne"), 20000, 80000, Set.of("confiance en soi"), Set.of(), Set.of("fr", "wo"));

	static final List<ExplainMatchTask.Input> EXPLAIN = List.of(explain(PARIS, AWA, "EUR"),
			explain(LONDON_BY_VIDEO, AWA, "GBP"), explain(DAKAR, MARIAM, "XOF"), explain(PARIS, AWA, ""));

	static final List<ShopperPrebriefTask.Input> PREBRIEF = List.of(
			new ShopperPrebriefTask.Input(PARIS, AWA, breakdown(PARIS, AWA), "fr", "EUR"),
			new ShopperPrebriefTask.Input(LONDON_BY_VIDEO, AWA, breakdown(LONDON_BY_VIDEO, AWA), "en", "GBP"),
			new ShopperPrebriefTask.Input(DAKAR, MARIAM, breakdown(DAKAR, MARIAM), "fr", "XOF"),
			// the filters no longer pass (the shopper changed): no breakdown
			new ShopperPrebriefTask.Input(PARIS, MARIAM, null, "fr", ""));

	/** The engine that answers through the given fake OpenAI-compatible server. */
	static final String LLM_ENGINE = "openai-compatible";

	private MatchingTaskFixtures() {
	}

	/** A gateway whose LLM is the given fake server. */
	static AiGateway llmGateway(FakeChatServer server) {
		return TestGateways.builder().provider(LLM_ENGINE, server.baseUrl(), "k", "gpt-4o-mini").build();
	}

	private static ExplainMatchTask.Input explain(ClientRequest client, ShopperProfile shopper, String currency) {
		ScoreBreakdown breakdown = breakdown(client, shopper);
		if (breakdown == null) {
			throw new IllegalStateException(client.name() + " and " + shopper.name() + " must pass the filters");
		}
		return new ExplainMatchTask.Input(client, shopper, breakdown, currency);
	}

	private static @Nullable ScoreBreakdown breakdown(ClientRequest client, ShopperProfile shopper) {
		return SCORER.explain(client, shopper).orElse(null);
	}

	private static ShopperProfile shopper(String seed, String name, String city, Set<Mode> modes, Set<String> styles,
			double priceMin, double priceMax, Set<String> goals, Set<String> morphologies, Set<String> languages) {
		return new ShopperProfile(id(seed), name, seed + "@example.com", city, null, null, modes, styles, priceMin,
				priceMax, goals, Set.of("nouveau poste"), morphologies, languages, Set.of(), 5, Set.of(), null,
				"Styliste attentive, couleurs et coupes qui vous ressemblent.", 25);
	}

	private static UUID id(String seed) {
		return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
	}

}
