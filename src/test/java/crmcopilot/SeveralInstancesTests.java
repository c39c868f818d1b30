package crmcopilot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxChannel;
import crmcopilot.shared.outbox.OutboxDrainer;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.shared.outbox.OutboxMessage;
import crmcopilot.workspace.Permissions;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUser;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import crmcopilot.workspace.internal.AccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service on one PostgreSQL database behave as one: sessions, rate
 * limits, de-duplication of messages, outbox deliveries and the audit chain are shared.
 * Runs when {@code COPILOT_TEST_POSTGRES_URL} names a PostgreSQL database.
 */
@EnabledIfEnvironmentVariable(named = "COPILOT_TEST_POSTGRES_URL", matches = ".+")
class SeveralInstancesTests {

	private static final String COUNTED_KIND = "test-counted";

	/** Deliveries of the counted kind by item, whichever instance made them. */
	private static final Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static Workspace workspace;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startTwoInstances() {
		// one after the other: the first migrates the database
		first = start();
		second = start();
		workspace = TestWorkspaces.create(first.getBean(Workspaces.class), "Deux instances");
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void should_accept_on_one_instance_a_session_opened_on_the_other() {
		WorkspaceUser user = TestWorkspaces.user(first.getBean(WorkspaceUsers.class), workspace, Role.AGENT);
		TestSession onFirst = TestSession.signedIn(port(first), user.email(), TestWorkspaces.PASSWORD);

		TestSession onSecond = TestSession.anonymous(port(second));
		onSecond.setCookie("JSESSIONID", onFirst.cookie("JSESSIONID").orElseThrow());

		HttpResponse<String> me = onSecond.get("/api/v1/me");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains(user.email());
	}

	@Test
	void should_count_the_contact_form_limit_across_instances() {
		String slug = workspace.slug();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			ConfigurableApplicationContext instance = (i % 2 == 0) ? first : second;
			TestSession visitor = TestSession.anonymous(port(instance));
			statuses
				.add(visitor
					.submit("/public/support/" + slug, Map.of("name", "Awa", "email", "awa" + i + "@example.test",
							"subject", "Question " + i, "message", "Bonjour, une question sur ma commande " + i))
					.statusCode());
		}

		// five per address and window by default: the sixth, on either instance, is
		// refused
		assertThat(statuses.subList(0, 5)).containsOnly(302);
		assertThat(statuses.get(5)).isEqualTo(429);
	}

	@Test
	void should_store_once_each_message_posted_to_both_instances() throws Exception {
		String token = adminToken();
		int messages = 20;
		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<Callable<Integer>> posts = new ArrayList<>();
		for (int i = 0; i < messages; i++) {
			ConfigurableApplicationContext instance = (i % 2 == 0) ? first : second;
			String body = message(i);
			posts.add(() -> postJson(instance, "/api/v1/support/messages", token, body).statusCode());
		}
		List<Integer> created = new ArrayList<>();
		for (Future<Integer> post : threads.invokeAll(posts)) {
			created.add(post.get());
		}
		threads.shutdown();
		// the client retries each on the other instance
		List<Integer> retried = new ArrayList<>();
		for (int i = 0; i < messages; i++) {
			ConfigurableApplicationContext other = (i % 2 == 0) ? second : first;
			retried.add(postJson(other, "/api/v1/support/messages", token, message(i)).statusCode());
		}

		assertThat(created).containsOnly(201);
		assertThat(retried).containsOnly(200);
		assertThat(jdbc()
			.sql("SELECT COUNT(*) FROM support_message WHERE workspace_id = ? AND external_id LIKE 'posted-%'")
			.param(workspace.id())
			.query(Integer.class)
			.single()).isEqualTo(messages);
	}

	private static String message(int i) {
		return """
				{"channel":"api","from":"client%d@example.test","subject":"Commande %d",
				 "body":"Bonjour, ma commande %d n'est pas arrivée.","externalId":"posted-%d"}""".formatted(i, i, i, i);
	}

	@Test
	void should_deliver_each_outbox_item_once_when_both_instances_drain() throws Exception {
		Outbox outbox = first.getBean(Outbox.class);
		List<UUID> items = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			items.add(outbox.enqueue(
					new OutboxMessage(workspace.id(), COUNTED_KIND, "target-" + i, null, "body " + i, Map.of(), null)));
		}

		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<Callable<Integer>> drains = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			drains.add(() -> first.getBean(OutboxDrainer.class).deliverDue());
			drains.add(() -> second.getBean(OutboxDrainer.class).deliverDue());
		}
		for (Future<Integer> drain : threads.invokeAll(drains)) {
			drain.get();
		}
		threads.shutdown();

		for (UUID item : items) {
			assertThat(deliveries.get(item)).as("deliveries of " + item).hasValue(1);
		}
	}

	@Test
	void should_keep_the_audit_chain_whole_under_writes_from_both_instances() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<Callable<Object>> writes = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			AuditJournal journal = ((i % 2 == 0) ? first : second).getBean(AuditJournal.class);
			String step = Integer.toString(i);
			writes.add(() -> journal
				.record(AuditEvent.of(workspace.id(), "test.instances", "step", step, null, Map.of("step", step))));
		}
		for (Future<Object> write : threads.invokeAll(writes)) {
			write.get();
		}
		threads.shutdown();

		for (ConfigurableApplicationContext instance : List.of(first, second)) {
			assertThat(instance.getBean(AuditJournal.class).verify())
				.filteredOn((report) -> report.workspaceId().equals(workspace.id()))
				.singleElement()
				.satisfies((report) -> assertThat(report.intact()).as(String.valueOf(report.problem())).isTrue());
		}
	}

	private static ConfigurableApplicationContext start() {
		// arguments, not default properties: they win over application.properties
		return new SpringApplicationBuilder(CopilotApplication.class).profiles("test")
			.initializers((context) -> ((GenericApplicationContext) context).registerBean(CountedChannel.class))
			.run("--server.port=0", "--spring.datasource.url=" + System.getenv("COPILOT_TEST_POSTGRES_URL"),
					"--copilot.demo.enabled=false",
					// the shared test context's demo workspace owns the test bootstrap
					// token
					"--copilot.security.bootstrap-token=");
	}

	private static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	private static JdbcClient jdbc() {
		return first.getBean(JdbcClient.class);
	}

	private static String adminToken() {
		return first.getBean(AccountService.class)
			.issueToken(TestWorkspaces.admin(workspace, first.getBean(Permissions.class).of(Role.ADMIN)), "instances",
					Role.ADMIN, null)
			.value();
	}

	private HttpResponse<String> postJson(ConfigurableApplicationContext instance, String path, String token,
			String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(instance) + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Counts what it delivers, in whichever instance it runs. */
	static class CountedChannel implements OutboxChannel {

		@Override
		public String kind() {
			return COUNTED_KIND;
		}

		@Override
		public Optional<String> deliver(OutboxItem item) {
			deliveries.computeIfAbsent(item.id(), (id) -> new AtomicInteger()).incrementAndGet();
			return Optional.empty();
		}

	}

}
