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
import java.util.Objects;
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
 * how often a suggestion is right (precision) and how many sure suggestions are wrong; on
 * notes labelled with their deal, how often the open opportunity proposed is the right
 * one (none for a new deal).
 */
final class AccountLinkReplay {

	/**
	 * A labelled note: {@code company} identifies the company, {@code account} names it,
	 * {@code deal} (optional) identifies the opportunity it is about.
	 */
	record LabelledNote(String id, String company, String account, LocalDate created, String text,
			@Nullable String deal) {

		LabelledNote(String id, String company, String account, LocalDate created, String text) {
			this(id, company, account, created, text, null);
		}

	}

	/**
	 * What the copilot proposed for a note.
	 *
	 * @param opportunityId the open opportunity proposed for update, or null
	 * @param opportunityLevel {@code SURE} or {@code PROBABLE}, or null
	 */
	record Suggestion(UUID draftId, String kind, @Nullable UUID accountId, @Nullable String reason,
			@Nullable String accountName, @Nullable String contactChoice, @Nullable UUID opportunityId,
			@Nullable String opportunityLevel) {

		Suggestion(UUID draftId, String kind, @Nullable UUID accountId, @Nullable String reason,
				@Nullable String accountName, @Nullable String contactChoice) {
			this(draftId, kind, accountId, reason, accountName, contactChoice, null, null);
		}

	}

	/** The account a draft was approved onto and the opportunity created or updated. */
	record Approved(UUID accountId, @Nullable UUID opportunityId) {
	}

	/** Where notes are submitted and drafts approved: the service or the HTTP API. */
	interface Copilot {

		Suggestion submit(LabelledNote note);

		/**
		 * Approves the draft with the given account choice; returns the account linked.
		 */
		UUID approve(Suggestion suggestion, String accountChoice, @Nullable String accountName);

		/**
		 * Approves with an opportunity choice too ({@code new} or {@code update:<id>});
		 * copilots that do not report opportunities approve the account only.
		 */
		default Approved approve(Suggestion suggestion, String accountChoice, @Nullable String accountName,
				String opportunityChoice) {
			return new Approved(approve(suggestion, accountChoice, accountName), null);
		}

	}

	/**
	 * Opportunity recognition on notes labelled with their deal: a note about a known
	 * deal must be proposed that deal, a note about a new one none.
	 */
	record DealResult(int labelled, int right, int sureWrong) {

		double accuracy() {
			return (this.labelled == 0) ? 1.0 : this.right / (double) this.labelled;
		}

	}

	record Result(int notes, int repeats, int repeatsLinked, int suggestions, int suggestionsRight, int sureWrong,
			List<String> lines, DealResult deals) {

		Result(int notes, int repeats, int repeatsLinked, int suggestions, int suggestionsRight, int sureWrong,
				List<String> lines) {
			this(notes, repeats, repeatsLinked, suggestions, suggestionsRight, sureWrong, lines,
					new DealResult(0, 0, 0));
		}

		double recall() {
			return (this.repeats == 0) ? 1.0 : this.repeatsLinked / (double) this.repeats;
		}

		double precision() {
			return (this.suggestions == 0) ? 1.0 : this.suggestionsRight / (double) this.suggestions;
		}

		String summary() {
			String line = String.format(Locale.ROOT,
					"link_recall=%.3f link_precision=%.3f sure_wrong=%d notes=%d repeats=%d suggestions=%d", recall(),
					precision(), this.sureWrong, this.notes, this.repeats, this.suggestions);
			return (this.deals.labelled() == 0) ? line
					: line + String.format(Locale.ROOT, " opportunity_match=%.3f opportunity_sure_wrong=%d deals=%d",
							this.deals.accuracy(), this.deals.sureWrong(), this.deals.labelled());
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
		Map<String, UUID> deals = new HashMap<>();
		int dealNotes = 0;
		int dealsRight = 0;
		int dealsSureWrong = 0;
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
			UUID knownDeal = (note.deal() != null) ? deals.get(note.deal()) : null;
			boolean dealRight = Objects.equals(suggestion.opportunityId(), knownDeal);
			if (note.deal() != null) {
				dealNotes++;
				dealsRight += dealRight ? 1 : 0;
				dealsSureWrong += (!dealRight && "SURE".equals(suggestion.opportunityLevel())) ? 1 : 0;
			}
			Approved approved = copilot.approve(suggestion, choice,
					(suggestion.accountName() != null) ? null : note.account(),
					(dealRight && knownDeal != null) ? "update:" + knownDeal : "new");
			known.add(approved.accountId());
			if (note.deal() != null && approved.opportunityId() != null) {
				deals.put(note.deal(), approved.opportunityId());
			}
			lines.add(String.format(Locale.ROOT, "%s %s [%s] %s%s %s", note.id(), note.company(),
					suggestion.accountName(), suggestion.kind(),
					suggested ? (correct ? " right" : " WRONG") : (known.size() > 1 ? " MISSED" : ""),
					(suggestion.reason() != null) ? suggestion.reason() : "")
					+ ((note.deal() != null) ? " deal " + note.deal() + (dealRight ? " right" : " WRONG") : ""));
		}
		return new Result(notes.size(), repeats, repeatsLinked, suggestions, right, sureWrong, lines,
				new DealResult(dealNotes, dealsRight, dealsSureWrong));
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
						(account != null) ? account : company, ExtractCommand.documentDate(node, lineNumber), text,
						string(node, "deal")));
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
