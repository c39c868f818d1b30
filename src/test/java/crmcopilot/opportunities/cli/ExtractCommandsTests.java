package crmcopilot.opportunities.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import crmcopilot.ai.TaskOutcome;
import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.OpportunityExtraction;
import crmcopilot.opportunities.internal.OpportunityExtractor;
import crmcopilot.opportunities.internal.RuleBasedOpportunityExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtractCommandsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final OpportunityExtractor extractor = new OpportunityExtractor() {

		private final RuleBasedOpportunityExtractor rules = new RuleBasedOpportunityExtractor();

		@Override
		public TaskOutcome<OpportunityExtraction> extract(UUID workspaceId, ExtractionRequest request) {
			throw new UnsupportedOperationException();
		}

		@Override
		public OpportunityExtraction extractOffline(ExtractionRequest request) {
			return this.rules.extract(request);
		}

	};

	@TempDir
	Path dir;

	@Test
	void should_write_one_line_per_document_with_the_specified_keys() throws Exception {
		Path input = this.dir.resolve("notes.jsonl");
		Files.writeString(input,
				"""
						{"id": "n1", "text": "Rencontre avec Awa Ndiaye, DSI de la Sonatel. Budget 45 millions FCFA, avant le 15 mars. 77 123 45 67", "created": "2026-02-02", "other": 1}
						{"id": "n2", "text": "Besoin de 3 imprimantes"}
						""");
		ExtractCommand command = new ExtractCommand(this.extractor, this.json);
		command.input = input;
		command.output = this.dir.resolve("drafts.jsonl");
		String out = captured(command::call);
		List<String> lines = Files.readAllLines(command.output);
		assertThat(lines).hasSize(2);
		JsonNode first = this.json.readTree(lines.get(0));
		assertThat(first.propertyNames()).containsExactly("id", "account", "contact_name", "email", "phone", "country",
				"type", "lead_source", "close_date", "amount", "currency", "opportunity_name", "stage", "confidence");
		assertThat(first.get("account").asString()).isEqualTo("Sonatel");
		assertThat(first.get("phone").asString()).isEqualTo("+221771234567");
		assertThat(first.get("close_date").asString()).isEqualTo("2026-03-15");
		assertThat(first.get("amount").asLong()).isEqualTo(45_000_000L);
		assertThat(this.json.readTree(lines.get(1)).get("email").isNull()).isTrue();
		assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow())
			.matches("documents=2 ms_per_document=\\d+\\.\\d+");
	}

	@Test
	void should_reject_a_line_without_text() throws Exception {
		Path input = this.dir.resolve("bad.jsonl");
		Files.writeString(input, "{\"id\": \"x\"}\n");
		ExtractCommand command = new ExtractCommand(this.extractor, this.json);
		command.input = input;
		command.output = this.dir.resolve("out.jsonl");
		assertThatThrownBy(command::call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
	}

	@Test
	void should_reach_the_target_accuracy_on_the_development_set() throws Exception {
		EvalExtractCommand command = new EvalExtractCommand(this.extractor, this.json);
		command.test = Path.of("eval/opportunities/dev.jsonl");
		String out = captured(command::call);
		String last = out.strip().lines().reduce((a, b) -> b).orElseThrow();
		assertThat(last).matches("field_accuracy=\\d\\.\\d{3} n=\\d+");
		double accuracy = Double.parseDouble(last.substring("field_accuracy=".length(), last.indexOf(' ')));
		assertThat(accuracy).isGreaterThanOrEqualTo(0.85);
	}

	@Test
	void should_compare_names_without_case_accents_or_legal_form() {
		assertThat(FieldComparison.same("account", this.json.readTree("\"Kirène SA\""), "KIRENE")).isTrue();
		assertThat(FieldComparison.same("account", this.json.readTree("null"), null)).isTrue();
		assertThat(FieldComparison.same("amount", this.json.readTree("45000000"), "4.5E+7")).isTrue();
		assertThat(FieldComparison.same("country", this.json.readTree("\"Sénégal\""), "Mali")).isFalse();
	}

	private static String captured(java.util.concurrent.Callable<Integer> call) throws Exception {
		PrintStream previous = System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			assertThat(call.call()).isZero();
		}
		finally {
			System.setOut(previous);
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}

}
