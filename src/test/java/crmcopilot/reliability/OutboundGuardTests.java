package crmcopilot.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import crmcopilot.ai.internal.WorkspaceProviders;
import crmcopilot.mail.MailboxReader;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	private ServerSocket listener;

	private final AtomicInteger connections = new AtomicInteger();

	@BeforeEach
	void listenOnEveryInterface() throws IOException {
		this.listener = new ServerSocket(0, 50, InetAddress.getByName("::"));
		Thread.ofVirtual().start(() -> {
			while (!this.listener.isClosed()) {
				try (Socket socket = this.listener.accept()) {
					this.connections.incrementAndGet();
				}
				catch (IOException ex) {
					return;
				}
			}
		});
	}

	@AfterEach
	void nothingReachedTheListener() throws IOException {
		this.listener.close();
		assertThat(this.connections).hasValue(0);
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
		var credentials = new MailboxReader.MailboxCredentials(host, this.listener.getLocalPort(), false, "user",
				"password", "INBOX");

		assertThatThrownBy(() -> this.mailboxes.readNew(credentials, 10)).isInstanceOfSatisfying(
				InvalidInputException.class, (refused) -> assertThat(refused.field()).isEqualTo("host"));
	}

	private String url(String host) {
		return "http://" + host + ":" + this.listener.getLocalPort() + "/hook";
	}

}
