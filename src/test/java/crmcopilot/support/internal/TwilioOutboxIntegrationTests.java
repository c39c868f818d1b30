package crmcopilot.support.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxDrainer;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.shared.outbox.OutboxStatus;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SMS replies through Twilio's REST API: queued in the outbox, delivered to a local fake
 * Twilio that checks the wire format, retried after an outage without loss.
 */
@CopilotIntegrationTest
class TwilioOutboxIntegrationTests {

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceSupportConfig config;

	@Autowired
	SupportStore store;

	@Autowired
	Replies replies;

	@Autowired
	Outbox outbox;

	@Autowired
	SupportSettings settings;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	private final FakeTwilio twilio;

	TwilioOutboxIntegrationTests() throws java.io.IOException {
		this.twilio = new FakeTwilio();
	}

	@AfterEach
	void stop() {
		this.twilio.close();
	}

	@Test
	void an_sms_reply_survives_a_twilio_outage_and_goes_out_once() {
		UUID workspace = workspaceWithTwilio();
		OutboxDrainer delivery = fakeTwilioDrainer();
		UUID thread = this.store.createThread(workspace, "sms", "+33611223344", null, null, Instant.now());

		// when an agent answers while Twilio is down
		this.twilio.outages.set(1);
		this.replies.send(workspace, thread, "Bonjour, votre colis arrive demain.", "agent@boutique.test");
		List<OutboxItem> queued = twilioItems(workspace);
		assertThat(queued).singleElement().satisfies((item) -> assertThat(item.target()).isEqualTo("+33611223344"));
		UUID id = queued.get(0).id();
		for (int i = 0; i < 100 && this.twilio.requests.get() == 0; i++) {
			makeDue(workspace);
			delivery.deliverDue();
		}

		// then nothing went out and the reply waits with the error
		assertThat(this.twilio.accepted).isEmpty();
		OutboxItem waiting = item(workspace, id);
		assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(waiting.attempts()).isPositive();
		assertThat(waiting.lastError()).isNotBlank();

		// when Twilio is back and the retry is due
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			makeDue(workspace);
			delivery.deliverDue();
			return !this.twilio.accepted.isEmpty();
		});

		// then exactly one SMS went out, from the workspace's number
		assertThat(this.twilio.accepted).singleElement()
			.satisfies((form) -> assertThat(form).containsEntry("To", "+33611223344")
				.containsEntry("From", "+33100000000")
				.containsEntry("Body", "Bonjour, votre colis arrive demain."));
		OutboxItem sent = item(workspace, id);
		assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.providerRef()).startsWith("SM");
		assertThat(sent.attempts()).isGreaterThanOrEqualTo(2);
		delivery.deliverDue();
		assertThat(this.twilio.accepted).hasSize(1);
	}

	@Test
	void a_number_twilio_refuses_is_given_up_at_once_and_can_be_retried() {
		UUID workspace = workspaceWithTwilio();
		OutboxDrainer delivery = fakeTwilioDrainer();
		UUID thread = this.store.createThread(workspace, "sms", "+33999", null, null, Instant.now());
		this.twilio.refuseWithCode = 21211;
		this.replies.send(workspace, thread, "Bonjour", "agent@boutique.test");
		UUID id = twilioItems(workspace).get(0).id();

		for (int i = 0; i < 100 && !item(workspace, id).failed(); i++) {
			makeDue(workspace);
			delivery.deliverDue();
		}

		OutboxItem failed = item(workspace, id);
		assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(failed.lastError()).contains("21211");

		// when the number is fixed on Twilio's side and an agent retries
		this.twilio.refuseWithCode = 0;
		assertThat(retryNow(delivery, workspace, id)).hasValueSatisfying((item) -> {
			assertThat(item.status()).isEqualTo(OutboxStatus.SENT);
			assertThat(item.attempts()).isEqualTo(1);
		});
		assertThat(this.twilio.accepted).hasSize(1);
		// a sent item, or another workspace's, is not retried
		assertThat(retryNow(delivery, workspace, id)).isEmpty();
		assertThat(retryNow(delivery, workspaceWithTwilio(), id)).isEmpty();
	}

	@Test
	void without_a_twilio_account_sms_replies_are_not_queued_for_twilio() {
		UUID workspace = newWorkspace();
		UUID thread = this.store.createThread(workspace, "sms", "+33611223344", null, null, Instant.now());

		this.replies.send(workspace, thread, "Bonjour", "agent@boutique.test");

		assertThat(twilioItems(workspace)).isEmpty();
	}

	private List<OutboxItem> twilioItems(UUID workspace) {
		return this.outbox.page(workspace, List.of(OutboxKinds.TWILIO), null, PageQuery.of(0, 100)).items();
	}

	private OutboxItem item(UUID workspace, UUID id) {
		return this.outbox.find(workspace, id).orElseThrow();
	}

	/** What the outbox page does: requeue a failed item, then deliver it at once. */
	private Optional<OutboxItem> retryNow(OutboxDrainer delivery, UUID workspace, UUID id) {
		return this.outbox.requeue(workspace, id) ? delivery.deliverNow(workspace, id) : Optional.empty();
	}

	/** The drainer with only a Twilio channel, to the local fake Twilio. */
	private OutboxDrainer fakeTwilioDrainer() {
		return new OutboxDrainer(this.outbox, List.of(new TwilioChannel(this.config,
				new TwilioClient(this.twilio.baseUrl(), this.settings.timeout(), this.json), this.settings)));
	}

	private void makeDue(UUID workspace) {
		this.jdbc.sql("UPDATE outbox SET next_attempt_at = ? WHERE workspace_id = ? AND status = 'PENDING'")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), workspace)
			.update();
	}

	private UUID workspaceWithTwilio() {
		UUID workspace = newWorkspace();
		this.config.put(workspace, "twilio.account-sid", FakeTwilio.SID);
		this.config.putSecret(workspace, "twilio.token", FakeTwilio.TOKEN);
		this.config.put(workspace, "twilio.from", "+33100000000");
		return workspace;
	}

	private UUID newWorkspace() {
		String slug = "twl-" + UUID.randomUUID().toString().substring(0, 8);
		return this.workspaces
			.create(new Workspaces.NewWorkspace(slug, "Boutique " + slug, "fr", "Europe/Paris", PrivacyLevel.PRIVATE,
					false))
			.id();
	}

}
