package crmcopilot.web;

import java.util.Map;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@code /api/v1} route shares: problem+json errors naming the field, pages.
 */
@CopilotIntegrationTest
class ApiConventionsTests {

	private static final String[] BOOTSTRAP = { "Authorization", "Bearer test-bootstrap-token" };

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Test
	void should_answer_400_problem_json_naming_the_invalid_field() {
		var response = api().send("POST", "/api/v1/audit/consents", "application/json", this.json.writeValueAsString(
				Map.of("subject", " ", "purpose", "marketing", "granted", true, "source", "api")), BOOTSTRAP);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(400);
		assertThat(problem.path("field").asString()).isEqualTo("subject");
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("subject");
	}

	@Test
	void should_answer_400_problem_json_for_an_unreadable_body() {
		var response = api().send("POST", "/api/v1/audit/consents", "application/json", "{not json", BOOTSTRAP);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void should_page_lists_the_same_way() {
		var response = api().get("/api/v1/audit/entries?page=0&size=2", BOOTSTRAP);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode page = this.json.readTree(response.body());
		assertThat(page.propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "totalItems", "totalPages");
		assertThat(page.path("page").asInt()).isZero();
		assertThat(page.path("size").asInt()).isEqualTo(2);
		assertThat(page.path("items").size()).isLessThanOrEqualTo(2);
		assertThat(page.path("totalPages").asLong()).isEqualTo((page.path("totalItems").asLong() + 1) / 2);
	}

	@Test
	void should_answer_400_naming_size_for_a_bad_page_size() {
		for (String size : new String[] { "0", "201", "many" }) {
			var response = api().get("/api/v1/audit/entries?size=" + size, BOOTSTRAP);

			assertThat(response.statusCode()).as(size).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(this.json.readTree(response.body()).path("field").asString()).as(size).isEqualTo("size");
		}
	}

	@Test
	void should_answer_problem_json_for_unknown_routes_and_methods() {
		var unknown = api().get("/api/v1/no-such-thing", BOOTSTRAP);
		var wrongMethod = api().send("DELETE", "/api/v1/me", "application/json", "", BOOTSTRAP);

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void should_keep_the_error_page_for_unknown_pages() {
		var page = api().get("/no-such-page", "Accept", "text/html", BOOTSTRAP[0], BOOTSTRAP[1]);

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
	}

	private TestSession api() {
		return TestSession.anonymous(this.port);
	}

}
