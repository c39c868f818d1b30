package crmcopilot.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestWorkspaces;
import crmcopilot.ai.AiGateway;
import crmcopilot.ai.SummariseTask;
import crmcopilot.ai.TaskOutcome;
import crmcopilot.ai.internal.WorkspaceProviders;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxDrainer;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.shared.outbox.OutboxMessage;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server on an allowed host (127.0.0.1, as an operator allows an on-premise one) that
 * answers every request with a redirect to the internal network: the webhook delivery and
 * the LLM client stop at the redirect, and the guarded target, listening on every
 * interface, receives nothing.
 */
@CopilotIntegrationTest
@Timeout(60)
class OutboundRedirectTests {

	@Autowired
	Workspaces workspaces;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxDrainer drainer;

	@Autowired
	WorkspaceProviders providers;

	@Autowired
	AiGateway gateway;

	@Autowired
	SummariseTask summarise;

	private CountingListener guarded;

	private HttpServer redirecting;

	private final AtomicInteger redirected = new AtomicInteger();

	private String location = "";

	@BeforeEach
	void listen() throws IOException {
		this.guarded = new CountingListener();
		this.redirecting = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 10);
		this.redirecting.createContext("/", (exchange) -> {
			this.redirected.incrementAndGet();
			exchange.getRequestBody().readAllBytes();
			exchange.getResponseHeaders().add("Location", this.location);
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		this.redirecting.start();
	}

	@AfterEach
	void theGuardedTargetReceivedNothing() throws IOException {
		this.redirecting.stop(0);
		this.guarded.close();
		assertThat(this.guarded.connections()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.2", "169.254.169.254", "[::1]" })
	void should_not_follow_a_webhook_redirect_to_the_internal_network(String host) {
		this.location = guardedUrl(host);
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Redirection de rappel");
		UUID id = this.outbox.enqueue(new OutboxMessage(workspace.id(), "WEBHOOK", redirectingUrl("/hook"), null,
				"{\"ticket\":\"T-1\"}", Map.of(), null));

		OutboxItem item = this.drainer.deliverNow(workspace.id(), id).orElseThrow();

		assertThat(this.redirected).hasValue(1);
		assertThat(item.status().name()).isNotEqualTo("SENT");
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.2", "169.254.169.254", "[::1]" })
	void should_not_follow_an_llm_redirect_to_the_internal_network(String host) {
		this.location = guardedUrl(host) + "/v1/chat/completions";
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Redirection du modèle");
		this.providers.save(workspace.id(), new WorkspaceProviders.Form("openai", redirectingUrl("/v1"), "gpt-4o-mini",
				"", "", "json_schema", false), "sk-secret", false);

		TaskOutcome<SummariseTask.Summary> outcome = this.gateway.run(workspace.id(), this.summarise,
				new SummariseTask.Request("Bonjour, ma commande n'est jamais arrivée. Pouvez-vous la relancer ?"));

		assertThat(this.redirected).hasPositiveValue();
		assertThat(outcome.fallback()).isTrue();
	}

	private String redirectingUrl(String path) {
		return "http://127.0.0.1:" + this.redirecting.getAddress().getPort() + path;
	}

	private String guardedUrl(String host) {
		return "http://" + host + ":" + this.guarded.port();
	}

}
