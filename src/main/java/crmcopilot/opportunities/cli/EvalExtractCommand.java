package crmcopilot.opportunities.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.internal.ExtractionRecord;
import crmcopilot.opportunities.internal.OpportunityExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * {@code ./copilot eval extract --test labelled.jsonl}: per-field accuracy of the offline
 * extraction.
 */
@Component("cli.eval.extract")
@Command(name = "extract", description = "Per-field accuracy of opportunity extraction on labelled JSON Lines")
class EvalExtractCommand implements Callable<Integer> {

	@Option(names = "--test", required = true, description = "JSON Lines: text, created, expected {account, ...}")
	Path test;

	@Option(names = "--verbose", description = "print each mismatch")
	boolean verbose;

	private final OpportunityExtractor extractor;

	private final JsonMapper json;

	EvalExtractCommand(OpportunityExtractor extractor, JsonMapper json) {
		this.extractor = extractor;
		this.json = json;
	}

	@Override
	public Integer call() throws IOException {
		if (!Files.isReadable(this.test)) {
			throw new IllegalArgumentException("cannot read test file " + this.test);
		}
		Map<String, int[]> perField = new LinkedHashMap<>();
		ExtractionRecord.KEYS.forEach((key) -> perField.put(key, new int[2]));
		int documents = 0;
		try (BufferedReader reader = Files.newBufferedReader(this.test, StandardCharsets.UTF_8)) {
			String line;
			int lineNumber = 0;
			while ((line = reader.readLine()) != null) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				JsonNode node;
				try {
					node = this.json.readTree(line);
				}
				catch (JacksonException ex) {
					throw new IllegalArgumentException("line " + lineNumber + ": invalid JSON");
				}
				JsonNode text = node.get("text");
				JsonNode expected = node.get("expected");
				if (text == null || !text.isString() || expected == null || !expected.isObject()) {
					throw new IllegalArgumentException("line " + lineNumber + ": needs \"text\" and \"expected\"");
				}
				LocalDate created = ExtractCommand.documentDate(node, lineNumber);
				Map<String, Object> actual = ExtractionRecord.of(null,
						this.extractor.extractOffline(ExtractionRequest.of(text.asString(), created)));
				for (String key : ExtractionRecord.KEYS) {
					if (!expected.has(key)) {
						continue;
					}
					int[] counts = perField.get(key);
					counts[1]++;
					if (FieldComparison.same(key, expected.get(key), actual.get(key))) {
						counts[0]++;
					}
					else if (this.verbose) {
						JsonNode id = node.get("id");
						System.out.printf("%s %s: expected %s got %s%n", (id != null) ? id.asString() : lineNumber, key,
								expected.get(key), actual.get(key));
					}
				}
				documents++;
			}
		}
		if (documents == 0) {
			throw new IllegalArgumentException("no labelled line in " + this.test);
		}
		int correct = 0;
		int total = 0;
		for (Map.Entry<String, int[]> entry : perField.entrySet()) {
			int[] counts = entry.getValue();
			if (counts[1] == 0) {
				continue;
			}
			correct += counts[0];
			total += counts[1];
			System.out.printf(Locale.ROOT, "%-17s %.3f (%d/%d)%n", entry.getKey(), counts[0] / (double) counts[1],
					counts[0], counts[1]);
		}
		System.out.printf(Locale.ROOT, "field_accuracy=%.3f n=%d%n", correct / (double) total, documents);
		return 0;
	}

}
