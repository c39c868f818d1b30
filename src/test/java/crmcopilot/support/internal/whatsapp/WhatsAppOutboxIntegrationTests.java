package crmcopilot.support.internal.whatsapp;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxDrainer;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.shared.outbox.OutboxStatus;
import crmcopilot.support.internal.OutboxKinds;
import crmcopilot.support.internal.Replies;
import crmcopilot.support.internal.SupportSettings;
import crmcopilot.support.internal.SupportStore;
import crmcopilot.support.internal.WorkspaceSupportConfig;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * WhatsApp replies through the shared outbox to a local fake Graph API: throttling
 * retried, the 24-hour customer-service window enforced (template or a refusal in
 * French), a reply waiting while the number is not set up, and statuses recorded.
 */
@CopilotIntegrationTest
class WhatsAppOutboxIntegrationTests {

	private static final String CUSTOMER = "221771234567";

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceSupportConfig config;

	@Autowired
	WhatsAppAccounts accounts;

	@Autowired
	CustomerServiceWindow window;

	@Autowired
	WhatsAppDeliveries deliveries;

	@Autowired
	SupportStore store;

	@Autowired
	Replies replies;

	@Autowired
	Outbox outbox;

	@Autowired
	SupportSettings settings;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	private final FakeGraphApi graph;

	WhatsAppOutboxIntegrationTests() throws IOException {
		this.graph = new FakeGraphApi();
	}

	@AfterEach
	void stop() {
		this.graph.close();
	}

	@Test
	void should_deliver_a_reply_after_a_429_and_record_its_statuses_without_going_back() {
		UUID workspace = workspace(null);
		UUID thread = threadWithCustomerMessage(workspace, Duration.ofMinutes(5));
		this.graph.throttled.set(1);

		UUID reply = this.replies.send(workspace, thread, "Bonjour, votre colis part demain.", "agent@boutique.test");
		OutboxItem item = drainUntil(workspace, (current) -> current.status() == OutboxStatus.SENT);

		assertThat(item.attempts()).isEqualTo(2);
		assertThat(item.providerRef()).startsWith("wamid.");
		assertThat(this.graph.accepted).singleElement()
			.satisfies((message) -> assertThat(message.path("text").path("body").asString())
				.isEqualTo("Bonjour, votre colis part demain."));
		assertThat(this.deliveries.ofThread(workspace, thread).get(reply).status()).isEqualTo("accepted");

		// statuses may come out of order: a late "delivered" does not undo "read"
		assertThat(this.deliveries.update(workspace, item.providerRef(), "read", null, Instant.now())).isTrue();
		assertThat(this.deliveries.update(workspace, item.providerRef(), "delivered", null, Instant.now())).isFalse();
		assertThat(this.deliveries.ofThread(workspace, thread).get(reply).status()).isEqualTo("read");
	}

	@Test
	void should_refuse_a_free_form_reply_outside_the_24_hour_window_with_a_reason_in_french() {
		UUID workspace = workspace(null);
		UUID thread = threadWithCustomerMessage(workspace, Duration.ofHours(25));

		this.replies.send(workspace, thread, "Bonjour, voici la réponse.", "agent@boutique.test");
		OutboxItem item = drainUntil(workspace, OutboxItem::failed);

		assertThat(this.graph.requests).hasValue(0);
		assertThat(item.attempts()).isEqualTo(1);
		assertThat(item.lastError()).startsWith("Refusé : plus de 24 heures depuis le dernier message du client")
			.contains("modèle de message approuvé");
		assertThat(this.window.open(workspace, thread, Instant.now())).isFalse();
	}

	@Test
	void should_send_the_approved_template_outside_the_window() {
		UUID workspace = workspace("reponse_support");
		UUID thread = threadWithCustomerMessage(workspace, Duration.ofHours(30));

		this.replies.send(workspace, thread, "Bonjour, votre remboursement est parti.", "agent@boutique.test");
		drainUntil(workspace, (current) -> current.status() == OutboxStatus.SENT);

		assertThat(this.graph.accepted).singleElement().satisfies((message) -> {
			assertThat(message.path("type").asString()).isEqualTo("template");
			assertThat(message.path("template").path("name").asString()).isEqualTo("reponse_support");
		});
	}

	@Test
	void should_give_up_at_once_when_meta_answers_that_the_window_is_closed() {
		UUID workspace = workspace(null);
		UUID thread = threadWithCustomerMessage(workspace, Duration.ofHours(2));
		this.graph.refuseWithCode = GraphApiClient.RE_ENGAGEMENT;

		this.replies.send(workspace, thread, "Bonjour", "agent@boutique.test");
		OutboxItem item = drainUntil(workspace, OutboxItem::failed);

		// Meta was asked once and never again (the application's own drainer may have
		// tried the unreachable default address first: that attempt never reached Meta)
		assertThat(this.graph.requests.get()).isEqualTo(1);
		assertThat(item.lastError()).startsWith("Refusé : plus de 24 heures");
	}

	@Test
	void should_keep_a_reply_waiting_with_a_french_reason_while_whatsapp_is_not_configured() {
		UUID workspace = newWorkspace();
		UUID thread = threadWithCustomerMessage(workspace, Duration.ofMinutes(1));

		this.replies.send(workspace, thread, "Bonjour", "agent@boutique.test");
		OutboxItem item = drainUntil(workspace, (current) -> current.attempts() > 0);

		assertThat(item.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(item.lastError()).isEqualTo(
				"WhatsApp n'est pas configuré (identifiant du numéro et jeton d'accès) : la réponse attend dans la file d'envoi.");
		assertThat(this.accounts.missing(workspace)).containsExactly("support.whatsapp.phoneNumberId",
				"support.whatsapp.accessToken", "support.whatsapp.appSecret", "support.whatsapp.verifyToken");
	}

	private OutboxItem drainUntil(UUID workspace, java.util.function.Predicate<OutboxItem> done) {
		OutboxDrainer drainer = new OutboxDrainer(this.outbox, List.of(new WhatsAppChannel(this.accounts,
				this.graph.client(), this.window, this.deliveries, this.config, this.messages, this.settings)));
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			makeDue(workspace);
			drainer.deliverDue();
			return done.test(item(workspace));
		});
		return item(workspace);
	}

	private OutboxItem item(UUID workspace) {
		List<OutboxItem> items = this.outbox.page(workspace, List.of(OutboxKinds.WHATSAPP), null, PageQuery.of(0, 10))
			.items();
		assertThat(items).hasSize(1);
		assertThat(items.get(0).target()).isEqualTo(CUSTOMER);
		return items.get(0);
	}

	private void makeDue(UUID workspace) {
		this.jdbc.sql("UPDATE outbox SET next_attempt_at = ? WHERE workspace_id = ? AND status = 'PENDING'")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), workspace)
			.update();
	}

	private UUID threadWithCustomerMessage(UUID workspace, Duration ago) {
		Instant at = Instant.now().minus(ago);
		UUID thread = this.store.createThread(workspace, WhatsAppAccounts.CHANNEL, CUSTOMER, null, null, at);
		this.store.insertMessage(new SupportStore.NewMessage(workspace, thread, "in", WhatsAppAccounts.CHANNEL,
				CUSTOMER, null, "Bonjour, où est ma commande ?", null, "fr", "wamid.in-" + UUID.randomUUID(), null, at,
				Map.of(), List.of(), null));
		return thread;
	}

	private UUID workspace(String template) {
		UUID workspace = newWorkspace();
		this.accounts.save(workspace, new WhatsAppAccounts.Changes(FakeGraphApi.PHONE_NUMBER_ID,
				(template != null) ? template : "", "fr", FakeGraphApi.TOKEN, "app-secret", "verify-me"));
		return workspace;
	}

	private UUID newWorkspace() {
		String slug = "wa-" + UUID.randomUUID().toString().substring(0, 8);
		return this.workspaces
			.create(new Workspaces.NewWorkspace(slug, "Boutique " + slug, "fr", "Africa/Dakar", PrivacyLevel.PRIVATE,
					false))
			.id();
	}

}
