package crmcopilot.support.internal.whatsapp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.ai.SpeechToTextEngine;
import crmcopilot.ai.SpeechToTextResult;
import crmcopilot.support.SupportIntake;
import crmcopilot.support.SupportMessage;
import crmcopilot.support.internal.Signatures;
import crmcopilot.support.internal.SupportStore;
import crmcopilot.support.internal.WorkspaceSupportConfig;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WhatsApp webhook over HTTP with Meta's formats: the subscription handshake, real
 * {@code X-Hub-Signature-256} signatures, text messages and voice notes becoming triaged
 * support messages, and statuses.
 */
@CopilotIntegrationTest
class WhatsAppWebhookIntegrationTests {

	private static final String APP_SECRET = "3f1e2d-app-secret";

	private static final String CUSTOMER = "221771234567";

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WhatsAppAccounts accounts;

	@Autowired
	WhatsAppDeliveries deliveries;

	@Autowired
	WorkspaceSupportConfig config;

	@Autowired
	SupportIntake intake;

	@Autowired
	SupportStore store;

	@Autowired
	MessageSource messages;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private final FakeGraphApi graph;

	WhatsAppWebhookIntegrationTests() throws IOException {
		this.graph = new FakeGraphApi();
	}

	@AfterEach
	void stop() {
		this.graph.close();
	}

	@Test
	void should_echo_the_challenge_only_for_the_workspaces_verify_token() throws Exception {
		Workspace workspace = workspace();
		String path = hook(workspace) + "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=";

		HttpResponse<String> verified = get(path + "verify-me");
		HttpResponse<String> wrong = get(path + "guess");

		assertThat(verified.statusCode()).isEqualTo(200);
		assertThat(verified.body()).isEqualTo("1158201444");
		assertThat(wrong.statusCode()).isEqualTo(403);
		assertThat(wrong.body()).doesNotContain("1158201444");
	}

	@Test
	void should_refuse_unsigned_or_forged_notifications_and_store_nothing() throws Exception {
		Workspace workspace = workspace();
		String body = textNotification("wamid.forged-" + UUID.randomUUID(), "Bonjour");

		HttpResponse<String> unsigned = post(hook(workspace), body, null);
		HttpResponse<String> forged = post(hook(workspace), body,
				Signatures.sign("not-the-app-secret", body.getBytes(StandardCharsets.UTF_8)));

		assertThat(unsigned.statusCode()).isEqualTo(401);
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(incoming(workspace.id())).isZero();
	}

	@Test
	void should_turn_a_signed_text_message_into_a_triaged_support_message_once() throws Exception {
		Workspace workspace = workspace();
		String wamid = "wamid.HBgMMjIxNzcxMjM0NTY3" + UUID.randomUUID();
		String body = textNotification(wamid, "Bonjour, où en est ma commande 4521 ? Merci");
		String signature = Signatures.sign(APP_SECRET, body.getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> first = post(hook(workspace), body, signature);
		HttpResponse<String> retried = post(hook(workspace), body, signature);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("\"messages\":1");
		assertThat(retried.body()).contains("\"duplicates\":1");
		SupportMessage message = this.store.messageByExternalId(workspace.id(), wamid).orElseThrow();
		assertThat(message.channel()).isEqualTo("whatsapp");
		assertThat(message.sender()).isEqualTo(CUSTOMER);
		assertThat(message.text()).contains("commande 4521");
		assertThat(message.triage()).isNotNull();
		assertThat(this.store.metadata(workspace.id(), message.id())).containsEntry("name", "Awa Diop");
		assertThat(incoming(workspace.id())).isEqualTo(1);
	}

	@Test
	void should_ignore_a_notification_for_another_phone_number() throws Exception {
		Workspace workspace = workspace();
		String body = textNotification("wamid.other-" + UUID.randomUUID(), "Bonjour")
			.replace(FakeGraphApi.PHONE_NUMBER_ID, "999999999999");

		HttpResponse<String> response = post(hook(workspace), body,
				Signatures.sign(APP_SECRET, body.getBytes(StandardCharsets.UTF_8)));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(incoming(workspace.id())).isZero();
	}

	@Test
	void should_record_a_failed_status_with_metas_reason() throws Exception {
		Workspace workspace = workspace();
		UUID thread = this.store.createThread(workspace.id(), "whatsapp", CUSTOMER, null, null, Instant.now());
		UUID reply = this.store.insertMessage(new SupportStore.NewMessage(workspace.id(), thread, "out", "whatsapp",
				"agent", null, "Bonjour", null, "fr", "<" + UUID.randomUUID() + "@crm-copilot>", null, Instant.now(),
				Map.of(), List.of(), "agent"));
		String wamid = "wamid.out-" + UUID.randomUUID();
		this.deliveries.accepted(workspace.id(), reply, wamid, Instant.now());
		String body = """
				{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
				"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"221338000000",
				"phone_number_id":"%s"},"statuses":[{"id":"%s","status":"failed","timestamp":"1733480000",
				"recipient_id":"%s","errors":[{"code":131026,"title":"Message undeliverable"}]}]}}]}]}"""
			.formatted(FakeGraphApi.PHONE_NUMBER_ID, wamid, CUSTOMER);

		HttpResponse<String> response = post(hook(workspace), body,
				Signatures.sign(APP_SECRET, body.getBytes(StandardCharsets.UTF_8)));

		assertThat(response.body()).contains("\"statuses\":1");
		assertThat(this.deliveries.ofThread(workspace.id(), thread).get(reply))
			.isEqualTo(new WhatsAppDeliveries.Delivery("failed", "131026 Message undeliverable"));
	}

	@Test
	void should_transcribe_a_voice_note_downloaded_from_the_graph_api() throws Exception {
		Workspace workspace = workspace();
		SpeechToTextEngine engine = (audio, language) -> {
			assertThat(audio).isEqualTo(FakeGraphApi.VOICE_NOTE);
			return new SpeechToTextResult("Mon mixeur est arrivé cassé, commande 4521.", "fr", "whisper-api", 4, 120);
		};
		WhatsAppWebhook webhook = webhookThroughFakeGraph(engine);
		String wamid = "wamid.voice-" + UUID.randomUUID();
		String body = """
				{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
				"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"221338000000",
				"phone_number_id":"%s"},"contacts":[{"profile":{"name":"Awa Diop"},"wa_id":"%s"}],
				"messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"audio",
				"audio":{"mime_type":"audio/ogg; codecs=opus","sha256":"abc","id":"%s","voice":true}}]}}]}]}"""
			.formatted(FakeGraphApi.PHONE_NUMBER_ID, CUSTOMER, CUSTOMER, wamid, Instant.now().getEpochSecond(),
					FakeGraphApi.MEDIA_ID);

		WhatsAppWebhook.Received received = webhook.receive(workspace.id(), body.getBytes(StandardCharsets.UTF_8));

		assertThat(received.messages()).isEqualTo(1);
		SupportMessage message = this.store.messageByExternalId(workspace.id(), wamid).orElseThrow();
		assertThat(message.text()).isEqualTo("Mon mixeur est arrivé cassé, commande 4521.");
		assertThat(message.triage()).isNotNull();
		assertThat(this.store.metadata(workspace.id(), message.id())).containsEntry("voice", "true");
	}

	@Test
	void should_keep_a_voice_note_that_could_not_be_transcribed_with_a_note_saying_why() throws Exception {
		Workspace workspace = workspace();
		WhatsAppWebhook webhook = webhookThroughFakeGraph(null);
		String wamid = "wamid.voice-" + UUID.randomUUID();
		String body = """
				{"entry":[{"changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"%s"},
				"messages":[{"from":"%s","id":"%s","type":"audio","audio":{"id":"%s"}}]}}]}]}"""
			.formatted(FakeGraphApi.PHONE_NUMBER_ID, CUSTOMER, wamid, FakeGraphApi.MEDIA_ID);

		webhook.receive(workspace.id(), body.getBytes(StandardCharsets.UTF_8));

		assertThat(this.store.messageByExternalId(workspace.id(), wamid).orElseThrow().text()).isEqualTo(
				"[Note vocale non transcrite : aucun moteur de transcription n'est disponible. Écoutez-la dans WhatsApp.]");
	}

	private WhatsAppWebhook webhookThroughFakeGraph(SpeechToTextEngine engine) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (engine != null) {
			beans.addBean("speechToText", engine);
		}
		WhatsAppInbound inbound = new WhatsAppInbound(this.graph.client(),
				beans.getBeanProvider(SpeechToTextEngine.class), this.config, this.messages);
		// the fake's token for downloads, while the stored settings keep none (see
		// workspace())
		WhatsAppAccounts withToken = new WhatsAppAccounts(this.config) {
			@Override
			public Optional<WhatsAppAccount> account(UUID workspaceId) {
				return Optional.of(FakeGraphApi.account(null));
			}
		};
		return new WhatsAppWebhook(withToken, inbound, this.deliveries, this.intake, this.json);
	}

	private static String textNotification(String wamid, String text) {
		return """
				{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
				"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"221338000000",
				"phone_number_id":"%s"},"contacts":[{"profile":{"name":"Awa Diop"},"wa_id":"%s"}],
				"messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"text","text":{"body":"%s"}}]}}]}]}"""
			.formatted(FakeGraphApi.PHONE_NUMBER_ID, CUSTOMER, CUSTOMER, wamid, Instant.now().getEpochSecond(), text);
	}

	private String hook(Workspace workspace) {
		return "/hooks/support/" + workspace.slug() + "/whatsapp";
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body, String signature) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (signature != null) {
			request.header(WhatsAppWebhook.SIGNATURE_HEADER, signature);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long incoming(UUID workspaceId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM support_message WHERE workspace_id = ? AND direction = 'in'")
			.params(workspaceId)
			.query(Long.class)
			.single();
	}

	/**
	 * A workspace whose webhook is set up (app secret, verify token, number) but with no
	 * access token, so nothing it answers leaves for Meta's real API.
	 */
	private Workspace workspace() {
		String slug = "wah-" + UUID.randomUUID().toString().substring(0, 8);
		Workspace workspace = this.workspaces.create(new Workspaces.NewWorkspace(slug, "Boutique " + slug, "fr",
				"Africa/Dakar", PrivacyLevel.PRIVATE, false));
		this.accounts.save(workspace.id(),
				new WhatsAppAccounts.Changes(FakeGraphApi.PHONE_NUMBER_ID, "", "fr", null, APP_SECRET, "verify-me"));
		return workspace;
	}

}
