package crmcopilot.ai.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class ResultSchemasTests {

	enum Priority {

		low, high

	}

	record Line(String product, int quantity) {
	}

	record Order(UUID id, @JsonProperty("customer_name") String customer, @Nullable String email, Priority priority,
			List<Line> lines, double total, boolean paid, LocalDate due) {
	}

	record Tagged(String text, Map<String, Double> scores) {
	}

	private final ResultSchemas schemas = new ResultSchemas(TestGateways.JSON);

	@Test
	void should_describe_every_component_as_required_with_no_extra_property() {
		ObjectNode schema = this.schemas.schema(Order.class);
		assertThat(schema.path("required").toString()).contains("\"id\"", "\"customer_name\"", "\"email\"",
				"\"lines\"");
		assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
		JsonNode properties = schema.path("properties");
		assertThat(properties.path("email").path("type").toString()).isEqualTo("[\"string\",\"null\"]");
		assertThat(properties.path("priority").path("enum").toString()).isEqualTo("[\"low\",\"high\"]");
		assertThat(properties.path("lines").path("items").path("properties").path("quantity").path("type").asString())
			.isEqualTo("integer");
		assertThat(properties.path("total").path("type").asString()).isEqualTo("number");
		assertThat(properties.path("paid").path("type").asString()).isEqualTo("boolean");
		assertThat(this.schemas.strict(Order.class)).isTrue();
	}

	@Test
	void should_not_claim_strict_mode_for_free_form_maps() {
		assertThat(this.schemas.schema(Tagged.class)
			.path("properties")
			.path("scores")
			.path("additionalProperties")
			.path("type")
			.asString()).isEqualTo("number");
		assertThat(this.schemas.strict(Tagged.class)).isFalse();
	}

	@Test
	void should_report_what_is_wrong_with_an_answer() {
		JsonNode valid = TestGateways.JSON.readTree("""
				{"id":"3f1b0c9e-6a61-4b8e-9f55-0a8a3c1d2e4f","customer_name":"A","email":null,"priority":"high",
				 "lines":[{"product":"p","quantity":2}],"total":10.5,"paid":false,"due":"2026-12-01"}""");
		assertThat(this.schemas.validate(Order.class, valid)).isEmpty();
		JsonNode invalid = TestGateways.JSON.readTree("""
				{"id":"x","customer_name":"A","email":null,"priority":"urgent",
				 "lines":[{"product":"p","quantity":"two"}],"total":10.5,"paid":false,"due":"2026-12-01","extra":1}""");
		assertThat(String.join("\n", this.schemas.validate(Order.class, invalid))).contains("priority", "quantity",
				"extra");
	}

}
