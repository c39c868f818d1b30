package crmcopilot.matching;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.audit.AuditEntry;
import crmcopilot.audit.AuditJournal;
import crmcopilot.matching.internal.ClientCase;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.ReturnLinks;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.booking.Appointment;
import crmcopilot.matching.internal.booking.BookingStore;
import crmcopilot.matching.internal.booking.SessionFeedback;
import crmcopilot.matching.internal.booking.ShopperHours;
import crmcopilot.matching.internal.booking.SlotTaken;
import crmcopilot.matching.internal.booking.WeeklyWindow;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client books a proposed slot from the public result page, cannot take a slot
 * someone else just booked, and moves or cancels through the return link; each change is
 * journalled.
 */
@CopilotIntegrationTest
class ClientBookingIntegrationTests {

	private static final Pattern SLOT = Pattern.compile("name=\"start\" value=\"([0-9T:Z-]+)\"");

	private static final Pattern LINK = Pattern.compile("(/public/matching/[a-z0-9-]+/return/[A-Za-z0-9_-]{43})");

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	MatchingService matching;

	@Autowired
	BookingStore bookings;

	@Autowired
	AuditJournal journal;

	@Autowired
	SessionFeedback feedback;

	@Autowired
	ReturnLinks returnLinks;

	@Test
	void should_book_in_one_click_refuse_a_taken_slot_then_move_and_cancel_through_the_return_link() {
		// given: one shopper who works every day
		Workspace ws = workspace();
		ShopperProfile lea = shopper(ws);
		TestSession fatou = TestSession.anonymous(this.port);
		String fatouPage = submit(fatou, ws, "fatou");
		HttpResponse<String> proposed = fatou.get(fatouPage);
		assertThat(proposed.body()).contains("Prochains créneaux libres", "Léa Martin");
		List<String> starts = starts(proposed.body());
		assertThat(starts).hasSize(4);
		TestSession awa = TestSession.anonymous(this.port);
		String awaPage = submit(awa, ws, "awa");
		assertThat(starts(awa.get(awaPage).body())).isEqualTo(starts);

		// when: Fatou books the first slot in one click
		HttpResponse<String> booked = fatou.submit(fatouPage + "/book",
				Map.of("shopperId", lea.id().toString(), "start", starts.get(0)));

		// then
		assertThat(booked.statusCode()).isEqualTo(302);
		HttpResponse<String> confirmed = fatou.get(fatouPage);
		assertThat(confirmed.body()).contains("C&#39;est réservé", "Votre rendez-vous", "avec Léa Martin")
			.doesNotContain("Prochains créneaux libres");
		UUID fatouId = clientId(fatouPage);
		Appointment appointment = this.bookings.appointmentOf(ws.id(), fatouId).orElseThrow();
		assertThat(appointment.start()).isEqualTo(Instant.parse(starts.get(0)));
		assertThat(this.matching.client(ws.id(), fatouId).map(ClientCase::shopperId)).hasValue(lea.id());

		// Awa, whose page still shows that slot, gets a clear message and fresh slots
		awa.submit(awaPage + "/book", Map.of("shopperId", lea.id().toString(), "start", starts.get(0)));
		HttpResponse<String> refused = awa.get(awaPage);
		assertThat(refused.body()).contains("Ce créneau vient d&#39;être pris");
		assertThat(starts(refused.body())).doesNotContain(starts.get(0)).contains(starts.get(1));
		assertThat(this.bookings.appointmentOf(ws.id(), clientId(awaPage))).isEmpty();
		assertThatThrownBy(
				() -> this.bookings.book(ws.id(), clientId(awaPage), lea.id(), appointment.start(), appointment.end()))
			.isInstanceOf(SlotTaken.class);

		// Fatou moves then cancels through her return link
		Matcher shownOnce = LINK.matcher(proposed.body());
		assertThat(shownOnce.find()).isTrue();
		String link = shownOnce.group(1);
		List<String> moves = starts(fatou.get(link).body());
		assertThat(moves).isNotEmpty().doesNotContain(starts.get(0));
		assertThat(fatou.submit(link + "/move", Map.of("start", moves.get(1))).statusCode()).isEqualTo(302);
		assertThat(this.bookings.appointmentOf(ws.id(), fatouId).orElseThrow().start())
			.isEqualTo(Instant.parse(moves.get(1)));
		assertThat(fatou.get(link).body()).contains("C&#39;est réservé", "Déplacer le rendez-vous");
		assertThat(fatou.submit(link + "/cancel", Map.of()).statusCode()).isEqualTo(302);
		assertThat(this.bookings.appointmentOf(ws.id(), fatouId)).isEmpty();
		assertThat(fatou.get(link).body()).contains("Votre rendez-vous est annulé", "Prochains créneaux libres");
		assertThat(this.journal
			.search(ws.id(), new AuditJournal.Filter(null, "matching.appointment.", null, null, null),
					PageQuery.of(0, 10))
			.items()).extracting(AuditEntry::action)
			.containsExactlyInAnyOrder("matching.appointment.booked", "matching.appointment.moved",
					"matching.appointment.cancelled");
	}

	@Test
	void should_let_the_shopper_record_a_no_show_and_the_client_rate_an_ended_session_once() {
		// given: a session that ended an hour ago, and one to come
		Workspace ws = workspace();
		ShopperProfile lea = shopper(ws);
		ClientRequest client = new ClientRequest(UUID.randomUUID(), "Fatou Ndiaye", "f-" + ws.slug() + "@example.com",
				"Paris", Mode.ANY, Set.of("boheme"), 100, Set.of("mariage"), Set.of(), null, "", Set.of(), "fr");
		this.matching.importClients(ws.id(), List.of(client));
		Instant now = Instant.now();
		Appointment ended = this.bookings.book(ws.id(), client.id(), lea.id(), now.minus(Duration.ofMinutes(150)),
				now.minus(Duration.ofMinutes(60)));
		String link = "/public/matching/" + ws.slug() + "/return/" + this.returnLinks.issue(ws.id(), client.id());
		TestSession visitor = TestSession.anonymous(this.port);

		// when
		boolean byAnother = this.feedback.recordOutcome(ws.id(), UUID.randomUUID(), ended.id(),
				Appointment.Outcome.NO_SHOW, "x@example.com");
		boolean byLea = this.feedback.recordOutcome(ws.id(), lea.id(), ended.id(), Appointment.Outcome.NO_SHOW,
				"lea@example.com");
		String before = visitor.get(link).body();
		visitor.submit(link + "/rate", Map.of("stars", "4", "comment", "Très à l'écoute"));
		String after = visitor.get(link).body();
		visitor.submit(link + "/rate", Map.of("stars", "1", "comment", "encore"));
		String again = visitor.get(link).body();

		// then
		assertThat(byAnother).isFalse();
		assertThat(byLea).isTrue();
		assertThat(this.bookings.appointmentOf(ws.id(), client.id()).orElseThrow().outcome())
			.isEqualTo(Appointment.Outcome.NO_SHOW);
		assertThat(before).contains("Envoyer mon avis").doesNotContain("Annuler ce rendez-vous");
		assertThat(after).contains("Merci pour votre avis", "Vous avez noté cette séance 4 / 5")
			.doesNotContain("Envoyer mon avis");
		assertThat(again).contains("ne peut pas (ou plus) être notée");
		assertThat(this.feedback.records(ws.id()).get(lea.id()))
			.isEqualTo(new SessionFeedback.ShopperRecord(4.0, 1, 0, 1));
		ClientRequest other = new ClientRequest(UUID.randomUUID(), "Awa Diop", "a-" + ws.slug() + "@example.com",
				"Paris", Mode.ANY, Set.of("boheme"), 100, Set.of("mariage"), Set.of(), null, "", Set.of(), "fr");
		this.matching.importClients(ws.id(), List.of(other));
		Appointment coming = this.bookings.book(ws.id(), other.id(), lea.id(), now.plus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(90)));
		assertThat(this.feedback.recordOutcome(ws.id(), lea.id(), coming.id(), Appointment.Outcome.HONOURED, "lea"))
			.isFalse();
		assertThat(this.feedback.rate(ws.id(), other.id(), 5, "")).isFalse();
	}

	private String submit(TestSession visitor, Workspace ws, String name) {
		Map<String, String> form = new LinkedHashMap<>(Map.ofEntries(Map.entry("name", name + " Ndiaye"),
				Map.entry("email", name + "-" + ws.slug() + "@example.com"), Map.entry("city", "Paris"),
				Map.entry("mode", "presentiel"), Map.entry("styles", "bohème"), Map.entry("budget", "120"),
				Map.entry("goals", "mariage"), Map.entry("morphology", "sablier"), Map.entry("preferences", ""),
				Map.entry("availability", "samedi"), Map.entry("language", "fr"), Map.entry("consent", "true"),
				Map.entry("returnLink", "true")));
		HttpResponse<String> accepted = visitor.submit("/public/matching/" + ws.slug(), form);
		assertThat(accepted.statusCode()).isEqualTo(302);
		return accepted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	private static UUID clientId(String resultPage) {
		return UUID.fromString(resultPage.substring(resultPage.lastIndexOf('/') + 1));
	}

	private static List<String> starts(String page) {
		List<String> starts = new ArrayList<>();
		Matcher matcher = SLOT.matcher(page);
		while (matcher.find()) {
			starts.add(matcher.group(1));
		}
		return starts;
	}

	private Workspace workspace() {
		String slug = "bk-" + UUID.randomUUID().toString().substring(0, 8);
		return this.workspaces.create(new Workspaces.NewWorkspace(slug, "Atelier " + slug, "fr", "Europe/Paris",
				PrivacyLevel.PRIVATE, false));
	}

	private ShopperProfile shopper(Workspace ws) {
		ShopperProfile shopper = new ShopperProfile(UUID.randomUUID(), "Léa Martin",
				"s-" + UUID.randomUUID() + "@example.com", "Paris", null, null, Set.of(Mode.IN_PERSON, Mode.REMOTE),
				Set.of("boheme"), 50, 150, Set.of("mariage"), Set.of(), Set.of("sablier"), Set.of("fr"),
				Set.of("bohème"), 3, Set.of("samedi"), null, "Mariage et couleurs", 25);
		this.matching.saveShopper(ws.id(), shopper);
		List<WeeklyWindow> everyDay = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			everyDay.add(new WeeklyWindow(day, LocalTime.of(10, 0), LocalTime.of(16, 0)));
		}
		this.bookings.saveHours(ws.id(), shopper.id(), new ShopperHours(everyDay, List.of(), 90));
		return shopper;
	}

}
