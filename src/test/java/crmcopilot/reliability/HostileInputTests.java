package crmcopilot.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bad input of every family the probe found (unreadable JSON, wrong content type, values
 * longer than their column, non-finite numbers, uploads over their limit) answered with a
 * 4xx naming the field, problem+json or the training API's envelope, and a service that
 * still stores a message afterwards.
 */
@CopilotIntegrationTest
@Timeout(120)
class HostileInputTests {

	private static final String[] BOOTSTRAP = { "Authorization", "Bearer test-bootstrap-token" };

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void startUpWorkDone() {
		await().atMost(Duration.ofSeconds(90)).until(() -> api().get("/actuator/health/readiness").statusCode() == 200);
	}

	@AfterEach
	void should_stay_healthy_and_keep_storing_messages() {
		assertThat(api().get("/actuator/health").statusCode()).isEqualTo(200);
		var stored = postMessage(message("email", "still working"));
		assertThat(stored.statusCode()).isEqualTo(201);
	}

	@Test
	void should_name_the_field_and_the_type_when_a_list_comes_where_an_object_is_expected() {
		Map<String, Object> message = message("email", "hello");
		message.put("metadata", List.of(1, 2));

		JsonNode problem = problem(postMessage(message), 400);

		assertThat(problem.path("field").asString()).isEqualTo("metadata");
		assertThat(problem.path("detail").asString()).contains("metadata").contains("an object");
	}

	@Test
	void should_name_the_body_when_it_is_not_json() {
		var response = api().send("POST", "/api/v1/support/messages", "application/json", "{not json", BOOTSTRAP[0],
				BOOTSTRAP[1], "Accept-Language", "en");

		assertThat(problem(response, 400).path("field").asString()).isEqualTo("body");
	}

	@Test
	void should_answer_415_naming_the_content_type_for_text_on_a_json_route() {
		var response = api().send("POST", "/api/v1/support/messages", "text/plain", "hello", BOOTSTRAP);

		assertThat(problem(response, 415).path("field").asString()).isEqualTo("Content-Type");
	}

	@Test
	void should_refuse_a_channel_longer_than_its_column() {
		JsonNode problem = problem(postMessage(message("c".repeat(30), "hello")), 400);

		assertThat(problem.path("field").asString()).isEqualTo("channel");
	}

	@Test
	void should_refuse_non_finite_numbers_naming_the_field() {
		for (String value : new String[] { "\"NaN\"", "\"Infinity\"", "1e400", "\"-Infinity\"" }) {
			String body = shopper().replace("\"priceMax\":100", "\"priceMax\":" + value);
			var response = api().send("POST", "/api/v1/matching/shoppers", "application/json", body, BOOTSTRAP[0],
					BOOTSTRAP[1], "Accept-Language", "en");

			JsonNode problem = problem(response, 400);
			assertThat(problem.path("field").asString()).as(value).isEqualTo("priceMax");
			assertThat(problem.path("detail").asString()).as(value).contains("finite");
		}
	}

	@Test
	void should_refuse_a_shopper_photo_url_that_is_not_http() {
		for (String url : new String[] { "javascript:alert(1)", "data:image/png;base64,AAAA", "/relative.png" }) {
			String body = shopper().replace("\"availability\":[]", "\"availability\":[],\"photoUrl\":\"" + url + "\"");
			var response = api().send("POST", "/api/v1/matching/shoppers", "application/json", body, BOOTSTRAP);

			assertThat(problem(response, 400).path("field").asString()).as(url).isEqualTo("photoUrl");
		}
	}

	@Test
	void should_refuse_a_megabyte_value_inside_a_list_naming_its_position() {
		String body = shopper().replace("\"availability\":[]", "\"availability\":[\"" + "x".repeat(1_048_576) + "\"]");

		var response = api().send("POST", "/api/v1/matching/shoppers", "application/json", body, BOOTSTRAP);

		assertThat(problem(response, 400).path("field").asString()).isEqualTo("availability[0]");
	}

	@Test
	void should_refuse_long_agent_token_and_dataset_names_in_the_training_envelope() {
		String name = "n".repeat(6000);
		var token = api().send("POST", "/api/ai-training/agent-token?name=" + name, "application/json", "", BOOTSTRAP);
		var dataset = api().send("POST", "/api/ai-training/dataset?name=" + name, "text/csv", "a,purchased\n1,0\n",
				BOOTSTRAP);

		for (var response : List.of(token, dataset)) {
			assertThat(response.statusCode()).isEqualTo(400);
			JsonNode envelope = this.json.readTree(response.body());
			assertThat(envelope.path("success").asBoolean()).isFalse();
			assertThat(envelope.path("error").path("field").asString()).isEqualTo("name");
		}
	}

	@Test
	void should_name_the_field_of_an_unreadable_training_configuration() {
		var response = api().send("PUT", "/api/ai-training/config", "application/json", "{\"minConfidence\":[1]}",
				BOOTSTRAP);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(response.body()).path("error").path("field").asString())
			.isEqualTo("minConfidence");
	}

	@Test
	void should_refuse_uploads_over_their_limit_with_413_without_exhausting_the_heap() throws Exception {
		resetPeakHeap();
		byte[] dataset = "a,purchased\n".concat(("x".repeat(97) + ",0\n").repeat(30 * 1024 * 1024 / 100))
			.getBytes(StandardCharsets.US_ASCII);
		var training = raw("POST", "/api/ai-training/dataset", "text/csv", dataset);
		byte[] multipart = multipart(new byte[31 * 1024 * 1024]);
		var file = raw("POST", "/api/v1/opportunities/files", "multipart/form-data; boundary=xyz", multipart);
		long peak = peakHeap();

		// over the training API's limit (copilot.learning.dataset-max-size, 20 MB as
		// every
		// upload): refused in the training API's envelope, naming the field
		assertThat(training.statusCode()).as(training.body()).isEqualTo(413);
		JsonNode envelope = this.json.readTree(training.body());
		assertThat(envelope.path("success").asBoolean()).isFalse();
		assertThat(envelope.path("error").path("field").asString()).isEqualTo("file");
		assertThat(problem(file, 413).path("field").asString()).isEqualTo("file");
		System.out.printf("peak heap during the large uploads: %d MB%n", peak / (1024 * 1024));
	}

	private JsonNode problem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		return this.json.readTree(response.body());
	}

	private HttpResponse<String> postMessage(Map<String, Object> message) {
		return api().send("POST", "/api/v1/support/messages", "application/json", this.json.writeValueAsString(message),
				BOOTSTRAP[0], BOOTSTRAP[1], "Accept-Language", "en");
	}

	private static Map<String, Object> message(String channel, String body) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("channel", channel);
		message.put("from", "client@example.com");
		message.put("subject", "Question");
		message.put("body", body);
		return message;
	}

	private static String shopper() {
		return "{\"name\":\"Alice\",\"email\":\"alice@example.com\",\"city\":\"Paris\",\"modes\":[\"presentiel\"],"
				+ "\"priceMin\":10,\"priceMax\":100,\"capacity\":3,\"availability\":[]}";
	}

	private static byte[] multipart(byte[] content) {
		byte[] head = ("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = "\r\n--xyz--\r\n".getBytes(StandardCharsets.US_ASCII);
		byte[] body = Arrays.copyOf(head, head.length + content.length + tail.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return body;
	}

	private HttpResponse<String> raw(String method, String path, String contentType, byte[] body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", contentType)
			.header(BOOTSTRAP[0], BOOTSTRAP[1])
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

	private static void resetPeakHeap() {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return heapPools().stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

	private TestSession api() {
		return TestSession.anonymous(this.port);
	}

}
