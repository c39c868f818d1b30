package crmcopilot.matching.internal.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestClock;
import crmcopilot.audit.Consents;
import crmcopilot.matching.internal.ClientPhones;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ReturnLinks;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.support.SmsNotices;
import crmcopilot.support.internal.WorkspaceSupportConfig;
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

	@Autowired
	SmsNotices sms;

	@Autowired
	ClientPhones phones;

	@Autowired
	WorkspaceSupportConfig support;

	@Autowired
	ReturnLinks returnLinks;

	@Autowired
	Consents consents;

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
				this.workspaces, this.sms, clock);

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

	@Test
	void should_also_text_the_client_who_gave_a_number_and_consent_when_the_workspace_has_twilio() {
		// given a workspace with a Twilio account and a client who agreed to SMS
		// reminders
		Workspace ws = workspace("Atelier Texto");
		twilio(ws);
		ShopperProfile lea = shopper(ws);
		ClientRequest fatou = client(ws, "Fatou Ndiaye", "+33611223344", true);
		this.returnLinks.issue(ws.id(), fatou.id());
		// the link is valid 30 days from today; the session is years ahead
		this.jdbc.sql("UPDATE matching_return_link SET expires_at = ? WHERE client_id = ?")
			.params(SESSION.plus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC), fatou.id())
			.update();
		assertThat(this.consents.isGranted(ws.id(), fatou.email(), ClientPhones.CONSENT_PURPOSE)).isTrue();
		Appointment tomorrow = this.bookings.book(ws.id(), fatou.id(), lea.id(), SESSION,
				SESSION.plus(Duration.ofMinutes(90)));

		// when
		reminders().sendDue();

		// then one e-mail and one SMS to the number, in French, in the workspace's time
		List<OutboxItem> items = this.outbox.ofReference(ws.id(), tomorrow.id());
		assertThat(items).extracting(OutboxItem::kind).containsExactlyInAnyOrder("EMAIL", "TWILIO");
		assertThat(items).filteredOn((item) -> item.kind().equals("TWILIO")).singleElement().satisfies((text) -> {
			assertThat(text.target()).isEqualTo("+33611223344");
			assertThat(text.body())
				.isEqualTo("Atelier Texto : rappel de votre rendez-vous avec Léa Martin le mercredi 12 mars à 10:00."
						+ " Pour le déplacer ou l'annuler, ouvrez le lien reçu par e-mail.");
		});
	}

	@Test
	void should_send_no_sms_without_the_clients_consent_or_without_twilio() {
		// given a client without SMS consent where Twilio is set up, and one with consent
		// where it is not
		Workspace texting = workspace("Atelier Texto");
		twilio(texting);
		Workspace mailOnly = workspace("Atelier Courrier");
		Appointment noConsent = this.bookings.book(texting.id(),
				client(texting, "Awa Diop", "+33611223355", false).id(), shopper(texting).id(), SESSION,
				SESSION.plus(Duration.ofMinutes(90)));
		Appointment noTwilio = this.bookings.book(mailOnly.id(),
				client(mailOnly, "Inès Garcia", "+33611223366", true).id(), shopper(mailOnly).id(), SESSION,
				SESSION.plus(Duration.ofMinutes(90)));

		// when
		reminders().sendDue();

		// then each is reminded by e-mail only
		assertThat(this.outbox.ofReference(texting.id(), noConsent.id())).extracting(OutboxItem::kind)
			.containsExactly("EMAIL");
		assertThat(this.outbox.ofReference(mailOnly.id(), noTwilio.id())).extracting(OutboxItem::kind)
			.containsExactly("EMAIL");
	}

	private AppointmentReminders reminders() {
		return new AppointmentReminders(this.jdbc, this.outbox, this.messages, this.workspaces, this.sms,
				new TestClock(SESSION.minus(Duration.ofHours(24))));
	}

	private Workspace workspace(String name) {
		return this.workspaces.create(new Workspaces.NewWorkspace("rm-" + UUID.randomUUID().toString().substring(0, 8),
				name, "fr", "Europe/Paris", PrivacyLevel.PRIVATE, false));
	}

	private void twilio(Workspace ws) {
		this.support.put(ws.id(), "twilio.account-sid", "AC0123456789abcdef0123456789abcdef");
		this.support.putSecret(ws.id(), "twilio.token", "jeton-twilio");
		this.support.put(ws.id(), "twilio.from", "+33100000000");
	}

	private ClientRequest client(Workspace ws, String name, String phone, boolean smsConsent) {
		ClientRequest client = new ClientRequest(UUID.randomUUID(), name, "c-" + UUID.randomUUID() + "@example.com",
				"Paris", Mode.ANY, Set.of("boheme"), 100, Set.of("mariage"), Set.of(), null, "", Set.of(), "fr");
		return this.phones.submit(ws.id(), client, true, "test", List.of(), phone, smsConsent);
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
