package crmcopilot.matching.internal.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestClock;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminder job, driven by a clock of its own and called directly. */
@CopilotIntegrationTest
class AppointmentRemindersIntegrationTests {

	private static final Instant SESSION = Instant.parse("2031-03-12T09:00:00Z");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	MessageSource messages;

	@Autowired
	Workspaces workspaces;

	@Autowired
	MatchingService matching;

	@Autowired
	BookingStore bookings;

	@Test
	void should_enqueue_one_mail_per_appointment_starting_in_about_a_day_and_only_once() {
		// given: one session in 24 hours, one in three days
		Workspace ws = this.workspaces
			.create(new Workspaces.NewWorkspace("rm-" + UUID.randomUUID().toString().substring(0, 8), "Atelier Rappel",
					"fr", "Europe/Paris", PrivacyLevel.PRIVATE, false));
		ShopperProfile lea = shopper(ws);
		ClientRequest soon = client(ws, "Fatou Ndiaye");
		ClientRequest later = client(ws, "Awa Diop");
		Appointment tomorrow = this.bookings.book(ws.id(), soon.id(), lea.id(), SESSION,
				SESSION.plus(Duration.ofMinutes(90)));
		Appointment inThreeDays = this.bookings.book(ws.id(), later.id(), lea.id(), SESSION.plus(Duration.ofDays(2)),
				SESSION.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(90)));
		TestClock clock = new TestClock(SESSION.minus(Duration.ofHours(24)));
		AppointmentReminders reminders = new AppointmentReminders(this.jdbc, this.outbox, this.messages,
				this.workspaces, clock);

		// when
		int first = reminders.sendDue();
		clock.advance(Duration.ofMinutes(30));
		int second = reminders.sendDue();

		// then
		assertThat(first).isEqualTo(1);
		assertThat(second).isZero();
		List<OutboxItem> mails = this.outbox.ofReference(ws.id(), tomorrow.id());
		assertThat(mails).singleElement().satisfies((mail) -> {
			assertThat(mail.kind()).isEqualTo("EMAIL");
			assertThat(mail.target()).isEqualTo(soon.email());
			assertThat(mail.subject())
				.isEqualTo("Atelier Rappel — rappel : votre rendez-vous mercredi 12 mars à 10:00");
			assertThat(mail.body()).contains("Bonjour Fatou Ndiaye", "avec Léa Martin, le mercredi 12 mars à 10:00");
		});
		assertThat(this.outbox.ofReference(ws.id(), inThreeDays.id())).isEmpty();
		clock.advance(Duration.ofDays(2));
		assertThat(reminders.sendDue()).isEqualTo(1);
		assertThat(this.outbox.ofReference(ws.id(), inThreeDays.id())).hasSize(1);
	}

	private ShopperProfile shopper(Workspace ws) {
		ShopperProfile shopper = new ShopperProfile(UUID.randomUUID(), "Léa Martin",
				"s-" + UUID.randomUUID() + "@example.com", "Paris", null, null, Set.of(Mode.IN_PERSON),
				Set.of("boheme"), 50, 150, Set.of("mariage"), Set.of(), Set.of(), Set.of("fr"), Set.of(), 3, Set.of(),
				null, "", 25);
		this.matching.saveShopper(ws.id(), shopper);
		return shopper;
	}

	private ClientRequest client(Workspace ws, String name) {
		ClientRequest client = new ClientRequest(UUID.randomUUID(), name, "c-" + UUID.randomUUID() + "@example.com",
				"Paris", Mode.ANY, Set.of("boheme"), 100, Set.of("mariage"), Set.of(), null, "", Set.of(), "fr");
		this.matching.importClients(ws.id(), List.of(client));
		return client;
	}

}
