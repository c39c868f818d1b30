package crmcopilot.support.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import crmcopilot.support.TriageResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the replies of the triage against messages labelled with the article that
 * answers them (or none, when a person must answer): how many answerable messages are
 * answered automatically from the right article, how many automatic answers are wrong,
 * and how many proposed articles are right.
 */
public final class AnswerEvaluation {

	private final Map<UUID, String> articleIds = new HashMap<>();

	private final List<Article> knowledge = new ArrayList<>();

	/**
	 * @param knowledgeFile a JSON array of {@code {id, title, body, language, tags,
	 * categorie}}
	 */
	public AnswerEvaluation(Path knowledgeFile, JsonMapper json) {
		JsonNode root = json.readTree(read(knowledgeFile));
		if (!root.isArray()) {
			throw new IllegalArgumentException(knowledgeFile + " must hold a JSON array of articles");
		}
		for (JsonNode node : root) {
			String id = required(node, "id", knowledgeFile);
			List<String> tags = new ArrayList<>();
			node.path("tags").forEach((tag) -> tags.add(tag.asString()));
			UUID uuid = UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
			this.articleIds.put(uuid, id);
			this.knowledge
				.add(new Article(uuid, node.path("body").asString().contains("{{") ? Article.MACRO : Article.ARTICLE,
						required(node, "title", knowledgeFile), required(node, "body", knowledgeFile),
						node.path("language").asString("fr"), blankToNull(node.path("categorie").asString("")),
						Article.keywords(tags)));
		}
	}

	public List<Article> knowledge() {
		return this.knowledge;
	}

	/** The id an article has in the knowledge file. */
	public String labelOf(Article article) {
		return Objects.requireNonNull(this.articleIds.get(article.id()), "not an article of the file");
	}

	/**
	 * Messages as JSON Lines: {@code {id, text, subject?, article}} where {@code article}
	 * is the id of the article that answers it, or null.
	 */
	public static List<Labelled> messages(Path file, JsonMapper json) {
		List<Labelled> messages = new ArrayList<>();
		for (String line : read(file).split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode node = json.readTree(line);
			JsonNode article = node.path("article");
			messages.add(new Labelled(required(node, "id", file), blankToNull(node.path("subject").asString("")),
					required(node, "text", file),
					(article.isNull() || article.isMissingNode()) ? null : article.asString()));
		}
		return messages;
	}

	public Report evaluate(List<Labelled> messages, Function<Labelled, TriageResult> triage) {
		return evaluate(messages, triage, this.articleIds);
	}

	/**
	 * @param articleIds the id in the knowledge file of each article the triage may name
	 * (the ids a server gave the articles when they were loaded through its API)
	 */
	public Report evaluate(List<Labelled> messages, Function<Labelled, TriageResult> triage,
			Map<UUID, String> articleIds) {
		List<Line> lines = new ArrayList<>();
		for (Labelled message : messages) {
			TriageResult result = triage.apply(message);
			String proposed = (result.article() != null) ? articleIds.get(result.article().id()) : null;
			lines.add(new Line(message, result, proposed));
		}
		return new Report(lines);
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static String required(JsonNode node, String field, Path file) {
		String value = node.path(field).asString("");
		if (value.isBlank()) {
			throw new IllegalArgumentException(file + ": an entry has no " + field + ": " + node);
		}
		return value;
	}

	/** A message and the id of the article that answers it, or null. */
	public record Labelled(String id, @Nullable String subject, String text, @Nullable String article) {
	}

	/** One message: its label, the triage and the id of the article it proposed. */
	public record Line(Labelled message, TriageResult result, @Nullable String proposed) {

		boolean wrongAuto() {
			return this.result.automatic() && !Objects.equals(this.proposed, this.message.article());
		}

		boolean rightAuto() {
			return this.result.automatic() && this.message.article() != null
					&& this.message.article().equals(this.proposed);
		}

		public String describe() {
			String action = this.result.raisons().getOrDefault("action", "");
			return String.format(Locale.ROOT, "%s expected=%s proposed=%s action=%s categorie=%s (%.2f) %s%s",
					this.message.id(), this.message.article(), this.proposed, this.result.action().name(),
					this.result.categorie(), this.result.confiance().getOrDefault("categorie", 0.0),
					this.result.raisons().getOrDefault("reponse", ""), this.result.automatic() ? "" : " | " + action);
		}

	}

	/** The figures of a run. */
	public record Report(List<Line> lines) {

		/** Answerable messages answered automatically from the right article. */
		public double autoRate() {
			long answerable = this.lines.stream().filter((line) -> line.message().article() != null).count();
			return (answerable == 0) ? 0 : this.lines.stream().filter(Line::rightAuto).count() / (double) answerable;
		}

		public long wrongAuto() {
			return this.lines.stream().filter(Line::wrongAuto).count();
		}

		/** Proposed articles (sent or pre-filled) that are the right one. */
		public double suggestionPrecision() {
			List<Line> proposed = this.lines.stream().filter((line) -> line.proposed() != null).toList();
			return proposed.isEmpty() ? 1
					: proposed.stream().filter((line) -> line.proposed().equals(line.message().article())).count()
							/ (double) proposed.size();
		}

		public String summary() {
			return String.format(Locale.ROOT, "auto_rate=%.3f wrong_auto=%d suggestion_precision=%.3f", autoRate(),
					wrongAuto(), suggestionPrecision());
		}

	}

}
