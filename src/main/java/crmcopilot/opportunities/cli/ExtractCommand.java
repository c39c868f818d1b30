package crmcopilot.opportunities.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.OpportunityExtraction;
import crmcopilot.opportunities.internal.ExtractionRecord;
import crmcopilot.opportunities.internal.OpportunityExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * {@code ./copilot extract --input notes.jsonl --output drafts.jsonl}: offline extraction
 * in batch.
 */
@Component("cli.extract")
@Command(name = "extract", description = "Extract opportunities from a JSON Lines file (id, text, created)")
class ExtractCommand implements Callable<Integer> {

	@Option(names = "--input", required = true, description = "JSON Lines: id, text, optional created (ISO date)")
	Path input;

	@Option(names = "--output", required = true, description = "JSON Lines of extracted fields")
	Path output;

	private final OpportunityExtractor extractor;

	private final JsonMapper json;

	ExtractCommand(OpportunityExtractor extractor, JsonMapper json) {
		this.extractor = extractor;
		this.json = json;
	}

	@Override
	public Integer call() throws IOException {
		if (!Files.isReadable(this.input)) {
			throw new IllegalArgumentException("cannot read input file " + this.input);
		}
		int documents = 0;
		long nanos = 0;
		try (BufferedReader reader = Files.newBufferedReader(this.input, StandardCharsets.UTF_8);
				BufferedWriter writer = Files.newBufferedWriter(this.output, StandardCharsets.UTF_8)) {
			String line;
			int lineNumber = 0;
			while ((line = reader.readLine()) != null) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = parse(line, lineNumber);
				JsonNode text = node.get("text");
				if (text == null || !text.isString()) {
					throw new IllegalArgumentException("line " + lineNumber + ": missing \"text\"");
				}
				LocalDate created = documentDate(node, lineNumber);
				long start = System.nanoTime();
				OpportunityExtraction extraction = this.extractor
					.extractOffline(ExtractionRequest.of(text.asString(), created));
				nanos += System.nanoTime() - start;
				JsonNode id = node.get("id");
				writer.write(this.json.writeValueAsString(
						ExtractionRecord.of((id != null && !id.isNull()) ? id.asString() : null, extraction)));
				writer.newLine();
				documents++;
			}
		}
		System.out.printf(Locale.ROOT, "documents=%d ms_per_document=%.2f%n", documents,
				(documents == 0) ? 0.0 : nanos / 1e6 / documents);
		return 0;
	}

	private JsonNode parse(String line, int lineNumber) {
		try {
			JsonNode node = this.json.readTree(line);
			if (!node.isObject()) {
				throw new IllegalArgumentException("line " + lineNumber + ": not a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(
					"line " + lineNumber + ": invalid JSON (" + ex.getOriginalMessage() + ")");
		}
	}

	static LocalDate documentDate(JsonNode node, int lineNumber) {
		JsonNode created = node.get("created");
		if (created == null || created.isNull() || created.asString().isBlank()) {
			return LocalDate.now();
		}
		String value = created.asString();
		try {
			return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("line " + lineNumber + ": \"created\" is not an ISO date: " + value);
		}
	}

}
