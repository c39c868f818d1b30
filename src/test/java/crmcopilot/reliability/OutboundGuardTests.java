package crmcopilot.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import crmcopilot.ai.AiGateway;
import crmcopilot.ai.SummariseTask;
import crmcopilot.ai.TaskOutcome;
import crmcopilot.ai.internal.WorkspaceProviders;
import crmcopilot.crm.CustomerSources;
import crmcopilot.mail.MailboxReader;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceSettings;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every address a workspace sets goes through the one outbound guard: loopback in its
 * other spellings (a second loopback address, decimal, IPv6, IPv4-mapped IPv6) and the
 * cloud metadata address are refused naming the field, and a listener on every interface
 * receives nothing. Only the test fakes' exact host (127.0.0.1) is allowed, as an
 * operator would list an on-premise server.
 */
@CopilotIntegrationTest
@Timeout(60)
class OutboundGuardTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceProviders providers;

	@Autowired
	MailboxReader mailboxes;

	@Autowired
	CustomerSources customerSources;

	@Autowired
	WorkspaceSettings settings;

	@Autowired
	AiGateway gateway;

	@Autowired
	SummariseTask summarise;

	private CountingListener listener;

	@BeforeEach
	void listenOnEveryInterface() throws IOException {
		this.listener = new CountingListener();
	}

	@AfterEach
	void nothingReachedTheListener() throws IOException {
		this.listener.close();
		assertThat(this.listener.connections()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.2", "2130706433", "[::1]", "[::ffff:127.0.0.1]", "169.254.169.254", "0.0.0.0" })
	void should_refuse_a_support_callback_url_to_the_internal_network(String host) {
		String body = this.json.writeValueAsString(Map.of("channel", "api", "from", "client@example.com", "body",
				"Bonjour", "metadata", Map.of("callbackUrl", url(host))));

		var response = TestSession.anonymous(this.port)
			.send("POST", "/api/v1/support/messages", "application/json", body, "Authorization",
					"Bearer test-bootstrap-token");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(response.body()).path("field").asString()).isEqualTo("metadata.callbackUrl");
		assertThat(response.body()).doesNotContain("Connection refused").doesNotContain("open");
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.2", "2130706433", "[::1]", "[::ffff:127.0.0.1]", "169.254.169.254" })
	void should_refuse_an_llm_base_url_to_the_internal_network(String host) {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Garde sortante");

		assertThatThrownBy(
				() -> this.providers.save(workspace.id(),
						new WorkspaceProviders.Form("openai", url(host) + "/v1", "gpt-4o-mini", "", "", "json_schema",
								false),
						"sk-secret", false))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(refused) -> assertThat(refused.field()).isEqualTo("baseUrl"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.2", "2130706433", "::1", "::ffff:127.0.0.1", "169.254.169.254" })
	void should_not_connect_to_an_imap_host_on_the_internal_network(String host) {
		var credentials = new MailboxReader.MailboxCredentials(host, this.listener.port(), false, "user", "password",
				"INBOX");

		assertThatThrownBy(() -> this.mailboxes.readNew(credentials, 10)).isInstanceOfSatisfying(
				InvalidInputException.class, (refused) -> assertThat(refused.field()).isEqualTo("host"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.2", "2130706433", "[::1]", "169.254.169.254", "10.0.0.1" })
	void should_not_connect_to_a_customer_database_on_the_internal_network(String host) {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Base interne");
		String url = "jdbc:postgresql://" + host + ":" + this.listener.port() + "/crm";

		assertThatThrownBy(
				() -> this.customerSources.saveJdbc(workspace.id(), "CRM", url, "crm", "s3cret", "clients", null))
			.isInstanceOfSatisfying(InvalidInputException.class, (refused) -> {
				assertThat(refused.field()).isEqualTo("url");
				assertThat(refused.messageKey()).isEqualTo("outbound.error.refused");
			});
	}

	@Test
	void should_answer_alike_for_a_closed_port_and_a_port_that_is_not_a_database() throws IOException {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Ports");
		int closed;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = free.getLocalPort();
		}
		try (ServerSocket notADatabase = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread.ofVirtual().start(() -> {
				while (!notADatabase.isClosed()) {
					try (Socket socket = notADatabase.accept()) {
						socket.getOutputStream().write("SSH-2.0-OpenSSH_9.6\r\n".getBytes());
					}
					catch (IOException ex) {
						return;
					}
				}
			});
			InvalidInputException onClosed = saveCustomerDatabase(workspace, closed);
			InvalidInputException onOpen = saveCustomerDatabase(workspace, notADatabase.getLocalPort());

			for (InvalidInputException refused : java.util.List.of(onClosed, onOpen)) {
				assertThat(refused.field()).isEqualTo("url");
				assertThat(refused.messageKey()).isEqualTo("outbound.error.unreachable");
				assertThat(refused.getMessage()).doesNotContain(String.valueOf(closed))
					.doesNotContain(String.valueOf(notADatabase.getLocalPort()))
					.doesNotContainIgnoringCase("refused")
					.doesNotContainIgnoringCase("SSH");
			}
			assertThat(onOpen.getMessage()).isEqualTo(onClosed.getMessage());
		}
	}

	@Test
	void should_not_send_a_request_to_a_stored_llm_base_url_on_the_internal_network() {
		// a base URL stored before the guard existed, or a name that resolves elsewhere
		// today: checked again before the request, the key never leaves
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Garde à la requête");
		this.settings.put(workspace.id(), "ai.llm.provider", "openai");
		this.settings.put(workspace.id(), "ai.llm.base-url", url("127.0.0.2").replace("/hook", "/v1"));
		this.settings.put(workspace.id(), "ai.llm.model", "gpt-4o-mini");

		TaskOutcome<SummariseTask.Summary> outcome = this.gateway.run(workspace.id(), this.summarise,
				new SummariseTask.Request("Bonjour, ma commande n'est jamais arrivée. Pouvez-vous la relancer ?"));

		assertThat(outcome.fallback()).isTrue();
		assertThat(outcome.result().summary()).isNotBlank();
	}

	private InvalidInputException saveCustomerDatabase(Workspace workspace, int port) {
		return catchThrowableOfType(InvalidInputException.class,
				() -> this.customerSources.saveJdbc(workspace.id(), "CRM",
						"jdbc:postgresql://127.0.0.1:" + port + "/crm?connectTimeout=5", "crm", "s3cret", "clients",
						null));
	}

	private String url(String host) {
		return "http://" + host + ":" + this.listener.port() + "/hook";
	}

}
