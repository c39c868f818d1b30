package crmcopilot.support.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import crmcopilot.ai.LabelledText;
import crmcopilot.shared.CsvLimits;
import crmcopilot.support.TriageResult;
import crmcopilot.support.internal.CsvRows;
import crmcopilot.support.internal.StandaloneTriage;
import crmcopilot.support.internal.TriageSetup;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot triage --input messages.csv|jsonl --output results.jsonl [--examples
 * labelled.csv]}: the offline triage of a file of messages.
 */
@Component("cli.triage")
@Command(name = "triage", description = "Triage messages offline (CSV or JSONL with id, text[, subject, channel])")
class TriageCommand implements Callable<Integer> {

	@Option(names = "--input", required = true, description = "messages.csv or messages.jsonl")
	@Nullable Path input;

	@Option(names = "--output", required = true, description = "results.jsonl")
	@Nullable Path output;

	@Option(names = "--examples",
			description = "labelled CSV (text, categorie|category|label) to train on instead of the default examples")
	@Nullable Path examples;

	private final StandaloneTriage triage;

	private final JsonMapper json;

	TriageCommand(StandaloneTriage triage, JsonMapper json) {
		this.triage = triage;
		this.json = json;
	}

	@Override
	public Integer call() throws IOException {
		List<Row> rows = read(required(this.input, "--input"));
		TriageSetup setup = this.triage.setup((this.examples != null) ? examples(this.examples) : null);
		int auto = 0;
		int labelled = 0;
		int correct = 0;
		long start = System.nanoTime();
		try (BufferedWriter writer = Files.newBufferedWriter(required(this.output, "--output"),
				StandardCharsets.UTF_8)) {
			for (Row row : rows) {
				TriageResult result = this.triage.triage(setup, row.subject(), row.text(),
						(row.channel() != null) ? row.channel() : "email");
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("id", row.id());
				line.putAll(this.json.convertValue(result, Map.class));
				writer.write(this.json.writeValueAsString(line));
				writer.newLine();
				auto += result.automatic() ? 1 : 0;
				if (row.label() != null) {
					labelled++;
					correct += row.label().equals(result.categorie()) ? 1 : 0;
				}
			}
		}
		double msPerMessage = rows.isEmpty() ? 0 : (System.nanoTime() - start) / 1e6 / rows.size();
		if (labelled > 0) {
			System.out.printf(Locale.ROOT, "categorie_accuracy=%.3f labelled=%d%n", correct / (double) labelled,
					labelled);
		}
		System.out.printf(Locale.ROOT, "messages=%d auto=%d escalade=%d ms_per_message=%.2f%n", rows.size(), auto,
				rows.size() - auto, msPerMessage);
		return 0;
	}

	private static Path required(@Nullable Path path, String option) {
		if (path == null) {
			throw new IllegalArgumentException(option + " is required");
		}
		return path;
	}

	record Row(String id, String text, @Nullable String subject, @Nullable String channel, @Nullable String label) {
	}

	private List<Row> read(Path path) throws IOException {
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException("input file not found: " + path);
		}
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		List<Row> rows = new ArrayList<>();
		if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
			int number = 0;
			for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				JsonNode node;
				try {
					node = this.json.readTree(line);
				}
				catch (RuntimeException ex) {
					throw new IllegalArgumentException(path + " line " + number + " is not JSON");
				}
				String text = text(node, "text");
				if (text == null) {
					throw new IllegalArgumentException(path + " line " + number + " has no 'text'");
				}
				String id = (text(node, "id") != null) ? text(node, "id") : Integer.toString(number);
				String label = (text(node, "categorie") != null) ? text(node, "categorie") : text(node, "category");
				rows.add(new Row(id, text, text(node, "subject"), text(node, "channel"), label));
			}
			return rows;
		}
		if (!name.endsWith(".csv")) {
			throw new IllegalArgumentException("input must be a .csv or .jsonl file: " + path);
		}
		List<CsvRows.Row> records = csv(path);
		if (!records.isEmpty() && !records.get(0).values().containsKey("text")) {
			throw new IllegalArgumentException(path + " needs a 'text' column (and 'id')");
		}
		for (int i = 0; i < records.size(); i++) {
			CsvRows.Row record = records.get(i);
			String id = record.values().containsKey("id") ? record.raw("id") : Integer.toString(i + 1);
			rows.add(new Row(id, record.raw("text"), record.get("subject"), record.get("channel"),
					record.first("categorie", "category")));
		}
		return rows;
	}

	static List<LabelledText> examples(Path path) throws IOException {
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException("examples file not found: " + path);
		}
		List<LabelledText> examples = new ArrayList<>();
		for (CsvRows.Row record : csv(path)) {
			String label = record.first("categorie", "category", "label");
			String text = record.get("text");
			if (label == null || text == null) {
				throw new IllegalArgumentException(
						path + " line " + record.line() + ": needs columns text and categorie");
			}
			examples.add(new LabelledText(text, label));
		}
		return examples;
	}

	private static List<CsvRows.Row> csv(Path path) throws IOException {
		try (InputStream in = Files.newInputStream(path)) {
			return CsvRows.read(in, path.getFileName().toString(), CsvLimits.DEFAULT);
		}
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull() || value.asString().isBlank()) ? null : value.asString();
	}

}
