package crmcopilot.opportunities.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays labelled notes in order against an empty CRM, deciding each draft as a careful
 * reviewer would: link when the suggested account is the note's company, create a new
 * account otherwise. Counts how often a repeat mention is suggested its account (recall),
 * how often a suggestion is right (precision) and how many sure suggestions are wrong.
 */
final class AccountLinkReplay {

	/**
	 * A labelled note: {@code company} identifies the company, {@code account} names it.
	 */
	record LabelledNote(String id, String company, String account, LocalDate created, String text) {
	}

	/** What the copilot proposed for a note. */
	record Suggestion(UUID draftId, String kind, @Nullable UUID accountId, @Nullable String reason,
			@Nullable String accountName, @Nullable String contactChoice) {
	}

	/** Where notes are submitted and drafts approved: the service or the HTTP API. */
	interface Copilot {

		Suggestion submit(LabelledNote note);

		/**
		 * Approves the draft with the given account choice; returns the account linked.
		 */
		UUID approve(Suggestion suggestion, String accountChoice, @Nullable String accountName);

	}

	record Result(int notes, int repeats, int repeatsLinked, int suggestions, int suggestionsRight, int sureWrong,
			List<String> lines) {

		double recall() {
			return (this.repeats == 0) ? 1.0 : this.repeatsLinked / (double) this.repeats;
		}

		double precision() {
			return (this.suggestions == 0) ? 1.0 : this.suggestionsRight / (double) this.suggestions;
		}

		String summary() {
			return String.format(Locale.ROOT,
					"link_recall=%.3f link_precision=%.3f sure_wrong=%d notes=%d repeats=%d suggestions=%d", recall(),
					precision(), this.sureWrong, this.notes, this.repeats, this.suggestions);
		}

	}

	private AccountLinkReplay() {
	}

	static Result replay(List<LabelledNote> notes, Copilot copilot) {
		Map<String, Set<UUID>> accounts = new HashMap<>();
		int repeats = 0;
		int repeatsLinked = 0;
		int suggestions = 0;
		int right = 0;
		int sureWrong = 0;
		List<String> lines = new ArrayList<>();
		for (LabelledNote note : notes) {
			Set<UUID> known = accounts.computeIfAbsent(note.company(), (c) -> new LinkedHashSet<>());
			Suggestion suggestion = copilot.submit(note);
			boolean suggested = !"NONE".equals(suggestion.kind()) && suggestion.accountId() != null;
			boolean correct = suggested && known.contains(suggestion.accountId());
			if (!known.isEmpty()) {
				repeats++;
				repeatsLinked += correct ? 1 : 0;
			}
			if (suggested) {
				suggestions++;
				right += correct ? 1 : 0;
				sureWrong += (!correct && "SURE".equals(suggestion.kind())) ? 1 : 0;
			}
			String choice = correct ? "link:" + suggestion.accountId() : "new";
			UUID account = copilot.approve(suggestion, choice,
					(suggestion.accountName() != null) ? null : note.account());
			known.add(account);
			lines.add(String.format(Locale.ROOT, "%s %s [%s] %s%s %s", note.id(), note.company(),
					suggestion.accountName(), suggestion.kind(),
					suggested ? (correct ? " right" : " WRONG") : (known.size() > 1 ? " MISSED" : ""),
					(suggestion.reason() != null) ? suggestion.reason() : ""));
		}
		return new Result(notes.size(), repeats, repeatsLinked, suggestions, right, sureWrong, lines);
	}

	static List<LabelledNote> read(Path file, JsonMapper json) throws IOException {
		if (!Files.isReadable(file)) {
			throw new IllegalArgumentException("cannot read notes file " + file);
		}
		List<LabelledNote> notes = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			int lineNumber = 0;
			while ((line = reader.readLine()) != null) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				JsonNode node;
				try {
					node = json.readTree(line);
				}
				catch (JacksonException ex) {
					throw new IllegalArgumentException("line " + lineNumber + ": invalid JSON");
				}
				String text = string(node, "text");
				String company = string(node, "company");
				if (text == null || company == null) {
					throw new IllegalArgumentException("line " + lineNumber + ": needs \"text\" and \"company\"");
				}
				String id = string(node, "id");
				String account = string(node, "account");
				notes.add(new LabelledNote((id != null) ? id : String.valueOf(lineNumber), company,
						(account != null) ? account : company, ExtractCommand.documentDate(node, lineNumber), text));
			}
		}
		if (notes.isEmpty()) {
			throw new IllegalArgumentException("no labelled note in " + file);
		}
		return notes;
	}

	private static @Nullable String string(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString() && !value.asString().isBlank()) ? value.asString() : null;
	}

}
