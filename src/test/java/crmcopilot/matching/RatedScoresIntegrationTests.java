package crmcopilot.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.MatchingVocabulary;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.booking.BookingStore;
import crmcopilot.matching.internal.booking.SessionFeedback;
import crmcopilot.matching.internal.scoring.RankedShopper;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Client ratings in a workspace's scores: nothing changes until the manager turns it on,
 * then a well-rated shopper gains at most 3 points, shown in the score details.
 */
@CopilotIntegrationTest
class RatedScoresIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	MatchingService matching;

	@Autowired
	MatchingVocabulary vocabulary;

	@Autowired
	BookingStore bookings;

	@Autowired
	SessionFeedback feedback;

	@Test
	void should_change_scores_by_at_most_three_points_only_when_the_workspace_turns_ratings_on() {
		// given a shopper whose three past sessions were rated 5 / 5, and a new client
		String slug = "rs-" + UUID.randomUUID().toString().substring(0, 8);
		Workspace ws = this.workspaces.create(new Workspaces.NewWorkspace(slug, "Atelier " + slug, "fr", "Europe/Paris",
				PrivacyLevel.PRIVATE, false));
		ShopperProfile lea = new ShopperProfile(UUID.randomUUID(), "Léa Martin", "lea-" + slug + "@example.com",
				"Paris", null, null, Set.of(Mode.REMOTE), Set.of("boheme"), 50, 150, Set.of("mariage"), Set.of(),
				Set.of(), Set.of("fr"), Set.of(), 10, Set.of(), null, "Mariage et couleurs", 25);
		this.matching.saveShopper(ws.id(), lea);
		Instant now = Instant.now();
		for (int i = 0; i < 3; i++) {
			ClientRequest past = client("Ancienne " + i, slug);
			this.matching.importClients(ws.id(), List.of(past));
			this.bookings.book(ws.id(), past.id(), lea.id(), now.minus(Duration.ofDays(i + 1)),
					now.minus(Duration.ofDays(i + 1)).plus(Duration.ofMinutes(90)));
			assertThat(this.feedback.rate(ws.id(), past.id(), 5, "")).isTrue();
		}
		ClientRequest fatou = client("Fatou", slug);
		this.matching.importClients(ws.id(), List.of(fatou));

		// when
		RankedShopper off = this.matching.rank(ws.id(), fatou).get(0);
		this.vocabulary.saveRatingsChangeScores(ws.id(), true, "nora@example.com");
		RankedShopper on = this.matching.rank(ws.id(), fatou).get(0);
		String page = TestSession.anonymous(this.port)
			.get("/public/matching/" + slug + "/result/" + fatou.id() + "?lang=fr")
			.body();

		// then
		assertThat(off.breakdown().rating()).isNull();
		assertThat(on.breakdown().rating()).isNotNull();
		assertThat(on.score() - off.score()).isCloseTo(Math.min(0.03, 1 - off.score()), within(1e-9))
			.isLessThanOrEqualTo(0.03 + 1e-9);
		assertThat(page).contains("Avis des clients", "5,0 / 5 (3 avis)", "Effet sur le score : +3 / 100");
	}

	private static ClientRequest client(String name, String slug) {
		return new ClientRequest(UUID.randomUUID(), name, name.replace(' ', '-') + "-" + slug + "@example.com", "Paris",
				Mode.ANY, Set.of("boheme"), 100, Set.of("mariage", "confiance en soi"), Set.of(), null, "", Set.of(),
				"fr");
	}

}
