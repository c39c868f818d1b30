package crmcopilot.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;
import crmcopilot.CopilotIntegrationTest;
import crmcopilot.support.internal.OutboxDelivery;
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
	OutboxDelivery delivery;

	@Autowired
	JdbcClient jdbc;

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

		for (int i = 0; i < 300 && this.received.isEmpty(); i++) {
			this.delivery.deliverDue();
			Thread.sleep(100);
		}
		assertThat(this.received).hasSize(1);
		assertThat(this.received.get(0).get("path")).isEqualTo("/slack");
		assertThat(this.received.get(0).get("body")).contains("\"text\"").contains("@claire");
	}

	@Test
	void twilio_webhook_checks_the_twilio_signature() throws Exception {
		Workspace workspace = SupportWebSession.newWorkspace(this.workspaces);
		this.config.putSecret(workspace.id(), "twilio.token", "twilio-token");
		String path = "/hooks/support/" + workspace.slug() + "/twilio";
		Map<String, String> params = new TreeMap<>(
				Map.of("From", "+33611223344", "To", "+33100000000", "Body", "Bonjour, mon colis n'est pas arrivé",
						"MessageSid", "SM" + UUID.randomUUID().toString().replace("-", "")));
		String form = params.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		String url = "http://127.0.0.1:" + this.port + path;

		HttpResponse<String> forged = post(path, "application/x-www-form-urlencoded", form, Signatures.TWILIO_HEADER,
				Signatures.twilio("other-token", url, params));
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(stored(workspace.id())).isZero();

		HttpResponse<String> signed = post(path, "application/x-www-form-urlencoded", form, Signatures.TWILIO_HEADER,
				Signatures.twilio("twilio-token", url, params));
		assertThat(signed.statusCode()).isEqualTo(200);
		assertThat(signed.body()).startsWith("<Response>");
		assertThat(stored(workspace.id())).isEqualTo(1);
		String channel = this.jdbc.sql("SELECT channel FROM support_message WHERE workspace_id = ?")
			.params(workspace.id())
			.query(String.class)
			.single();
		assertThat(channel).isEqualTo("sms");
	}

}
