package crmcopilot.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;
import crmcopilot.CopilotIntegrationTest;
import crmcopilot.shared.outbox.OutboxDrainer;
import crmcopilot.support.internal.Article;
import crmcopilot.support.internal.KnowledgeStore;
import crmcopilot.support.internal.Signatures;
import crmcopilot.support.internal.WorkspaceSupportConfig;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The generic JSON and Twilio webhooks, their signatures, and escalation notices. */
@CopilotIntegrationTest
class WebhookIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceSupportConfig config;

	@Autowired
	OutboxDrainer delivery;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KnowledgeStore knowledge;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpServer fake;

	private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startFakeReceiver() throws IOException {
		this.fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.fake.createContext("/", (exchange) -> {
			this.received.add(Map.of("path", exchange.getRequestURI().getPath(), "body",
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.fake.start();
	}

	@AfterEach
	void stopFakeReceiver() {
		this.fake.stop(0);
	}

	private String fakeUrl(String path) {
		return "http://127.0.0.1:" + this.fake.getAddress().getPort() + path;
	}

	private HttpResponse<String> post(String path, String contentType, String body, String header, String value)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (value != null) {
			request.header(header, value);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long stored(UUID workspaceId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM support_message WHERE workspace_id = ? AND direction = 'in'")
			.params(workspaceId)
			.query(Long.class)
			.single();
	}

	@Test
	void generic_webhook_accepts_only_a_valid_signature_and_notifies_escalations() throws Exception {
		Workspace workspace = SupportWebSession.newWorkspace(this.workspaces);
		this.config.putSecret(workspace.id(), "webhook.secret", "hook-secret");
		this.config.put(workspace.id(), "notify.urls", fakeUrl("/slack"));
		String body = """
				{"channel":"social","from":"@claire","externalId":"%s","body":"C'est inadmissible, votre livreur a jeté mon colis, je porte plainte !"}"""
			.formatted(UUID.randomUUID());
		String path = "/hooks/support/" + workspace.slug() + "/generic";

		HttpResponse<String> unsigned = post(path, "application/json", body, Signatures.HEADER, null);
		HttpResponse<String> forged = post(path, "application/json", body, Signatures.HEADER,
				Signatures.sign("wrong-secret", body.getBytes(StandardCharsets.UTF_8)));
		assertThat(unsigned.statusCode()).isEqualTo(401);
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(stored(workspace.id())).isZero();

		HttpResponse<String> signed = post(path, "application/json", body, Signatures.HEADER,
				Signatures.sign("hook-secret", body.getBytes(StandardCharsets.UTF_8)));
		assertThat(signed.statusCode()).isEqualTo(202);
		assertThat(signed.body()).contains("\"action\":\"escalade\"").contains("\"ticket\"");
		assertThat(stored(workspace.id())).isEqualTo(1);

		await().atMost(Duration.ofSeconds(30)).until(() -> {
			this.delivery.deliverDue();
			return !this.received.isEmpty();
		});
		assertThat(this.received).hasSize(1);
		assertThat(this.received.get(0).get("path")).isEqualTo("/slack");
		assertThat(this.received.get(0).get("body")).contains("\"text\"").contains("@claire");
	}

	@Test
	void twilio_webhook_checks_the_twilio_signature() throws Exception {
		Workspace workspace = SupportWebSession.newWorkspace(this.workspaces);
		this.config.putSecret(workspace.id(), "twilio.token", "twilio-token");
		Map<String, String> params = sms("Bonjour, mon colis n'est pas arrivé");

		HttpResponse<String> forged = postTwilio(workspace, params, "other-token");
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(stored(workspace.id())).isZero();

		HttpResponse<String> signed = postTwilio(workspace, params, "twilio-token");
		assertThat(signed.statusCode()).isEqualTo(200);
		assertThat(signed.body()).startsWith("<Response>");
		assertThat(stored(workspace.id())).isEqualTo(1);
		String channel = this.jdbc.sql("SELECT channel FROM support_message WHERE workspace_id = ?")
			.params(workspace.id())
			.query(String.class)
			.single();
		assertThat(channel).isEqualTo("sms");
	}

	@Test
	void an_automatic_sms_reply_goes_in_the_twiml_answer_or_through_the_twilio_api_never_both() throws Exception {
		String question = "Bonjour, j'ai renvoyé le fauteuil de la commande 45821, je souhaite être remboursée.";
		// without a Twilio account: the reply is the TwiML answer
		Workspace plain = withReturnsArticle(SupportWebSession.newWorkspace(this.workspaces));
		this.config.putSecret(plain.id(), "twilio.token", "twilio-token");
		HttpResponse<String> inline = postTwilio(plain, sms(question), "twilio-token");
		assertThat(inline.statusCode()).isEqualTo(200);
		assertThat(inline.body()).startsWith("<Response><Message>").contains("</Message>");
		assertThat(twilioOutbox(plain.id())).isZero();

		// with a Twilio account: the answer is empty and the reply waits in the outbox
		Workspace rest = withReturnsArticle(SupportWebSession.newWorkspace(this.workspaces));
		this.config.putSecret(rest.id(), "twilio.token", "twilio-token");
		this.config.put(rest.id(), "twilio.account-sid", "AC" + "0".repeat(32));
		this.config.put(rest.id(), "twilio.from", "+33100000000");
		HttpResponse<String> viaApi = postTwilio(rest, sms(question), "twilio-token");
		assertThat(viaApi.statusCode()).isEqualTo(200);
		assertThat(viaApi.body()).isEqualTo("<Response></Response>");
		assertThat(twilioOutbox(rest.id())).isEqualTo(1);
	}

	/** A knowledge base that grounds an automatic answer to a refund request. */
	private Workspace withReturnsArticle(Workspace workspace) {
		this.knowledge.addArticle(workspace.id(), returnsArticle());
		return workspace;
	}

	/** An article answering a refund request for a returned item. */
	static Article returnsArticle() {
		return new Article(UUID.randomUUID(), Article.ARTICLE, "Retours et remboursements",
				"Vous disposez de 30 jours après réception pour nous retourner un article. Le remboursement "
						+ "est effectué sur le moyen de paiement d'origine sous 14 jours.",
				"fr", "Remboursement", "retour retourner remboursement rembourser renvoyer");
	}

	private static Map<String, String> sms(String body) {
		return new TreeMap<>(Map.of("From", "+33611223344", "To", "+33100000000", "Body", body, "MessageSid",
				"SM" + UUID.randomUUID().toString().replace("-", "")));
	}

	private HttpResponse<String> postTwilio(Workspace workspace, Map<String, String> params, String token)
			throws Exception {
		String path = "/hooks/support/" + workspace.slug() + "/twilio";
		String form = params.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		String url = "http://127.0.0.1:" + this.port + path;
		return post(path, "application/x-www-form-urlencoded", form, Signatures.TWILIO_HEADER,
				Signatures.twilio(token, url, params));
	}

	private long twilioOutbox(UUID workspaceId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM outbox WHERE workspace_id = ? AND kind = 'TWILIO'")
			.params(workspaceId)
			.query(Long.class)
			.single();
	}

}
