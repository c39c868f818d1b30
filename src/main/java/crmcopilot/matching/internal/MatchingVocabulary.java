package crmcopilot.matching.internal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.matching.internal.VocabularyLists.Kind;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.WorkspaceSettings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each workspace's value lists (styles, goals, life moments, morphologies, languages) and
 * currency, edited by a manager; the client form and the shopper profiles only accept
 * their values. A list never edited is the default one; the default currency is EUR.
 */
@Service
public class MatchingVocabulary {

	/** Workspace setting holding the ISO 4217 currency code. */
	public static final String CURRENCY_SETTING = "matching.currency";

	public static final String DEFAULT_CURRENCY = "EUR";

	/**
	 * Workspace setting ({@code true}/{@code false}, off by default): whether shoppers'
	 * client ratings nudge their match scores (see
	 * {@link crmcopilot.matching.internal.scoring.RatingBonus}).
	 */
	public static final String RATINGS_SETTING = "matching.ratings-change-scores";

	/** Longest list and longest entry accepted. */
	public static final int MAX_ENTRIES = 100;

	public static final int MAX_LENGTH = 120;

	private static final Map<Kind, List<String>> DEFAULTS = Map.of(Kind.STYLES, DemoProfiles.STYLES, Kind.GOALS,
			DemoProfiles.GOALS, Kind.LIFE_MOMENTS, DemoProfiles.LIFE_MOMENTS, Kind.MORPHOLOGIES,
			DemoProfiles.MORPHOLOGIES, Kind.LANGUAGES, List.of("fr", "en", "wo"));

	private final VocabularyStore store;

	private final WorkspaceSettings settings;

	private final AuditJournal journal;

	MatchingVocabulary(VocabularyStore store, WorkspaceSettings settings, AuditJournal journal) {
		this.store = store;
		this.settings = settings;
		this.journal = journal;
	}

	public VocabularyLists lists(UUID workspaceId) {
		Map<Kind, List<String>> lists = new EnumMap<>(Kind.class);
		lists.putAll(DEFAULTS);
		lists.putAll(this.store.lists(workspaceId));
		return new VocabularyLists(lists, this.settings.get(workspaceId, CURRENCY_SETTING).orElse(DEFAULT_CURRENCY));
	}

	/**
	 * Replaces a list (adding, renaming, removing and ordering entries at once).
	 * @throws InvalidInputException naming the list when an entry is blank, too long or
	 * repeated, or the list is empty or too long
	 */
	@Transactional
	public void saveList(UUID workspaceId, Kind kind, List<String> entries, String actor) {
		List<String> cleaned = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String entry : entries) {
			String label = entry.strip().replaceAll("\\s+", " ");
			if (label.isEmpty()) {
				continue;
			}
			if (label.length() > MAX_LENGTH) {
				throw new InvalidInputException(kind.field(), "matching.settings.error.length",
						new Object[] { MAX_LENGTH }, "entries are " + MAX_LENGTH + " characters at most");
			}
			if (kind == Kind.LANGUAGES && !label.matches("[a-zA-Z]{2,3}")) {
				throw new InvalidInputException(kind.field(), "matching.settings.error.language",
						new Object[] { label },
						"'" + label + "' is not a language code (2 or 3 letters, such as fr, en, wo)");
			}
			if (!seen.add(Vocabulary.normalise(label))) {
				throw new InvalidInputException(kind.field(), "matching.settings.error.twice", new Object[] { label },
						"'" + label + "' appears twice");
			}
			cleaned.add((kind == Kind.LANGUAGES) ? label.toLowerCase(Locale.ROOT) : label);
		}
		if (cleaned.isEmpty() || cleaned.size() > MAX_ENTRIES) {
			throw new InvalidInputException(kind.field(), "matching.settings.error.count", new Object[] { MAX_ENTRIES },
					"between 1 and " + MAX_ENTRIES + " entries");
		}
		this.store.replace(workspaceId, kind, cleaned);
		this.journal.record(
				AuditEvent
					.of(workspaceId, "matching.vocabulary.saved", "matching-vocabulary", kind.field(), "list edited",
							Map.of("entries", cleaned.size()))
					.by(actor, "user"));
	}

	/**
	 * Replaces the given lists and the currency, all or nothing.
	 * @throws InvalidInputException naming the first bad list or the currency
	 */
	@Transactional
	public void saveAll(UUID workspaceId, Map<Kind, List<String>> lists, String currency, String actor) {
		for (Map.Entry<Kind, List<String>> list : lists.entrySet()) {
			saveList(workspaceId, list.getKey(), list.getValue(), actor);
		}
		saveCurrency(workspaceId, currency, actor);
	}

	/**
	 * Sets the currency of prices and budgets.
	 * @throws InvalidInputException when the code is not an ISO 4217 currency
	 */
	@Transactional
	public void saveCurrency(UUID workspaceId, String code, String actor) {
		String normal = code.strip().toUpperCase(Locale.ROOT);
		if (!normal.matches("[A-Z]{3}")
				|| Currency.getAvailableCurrencies().stream().noneMatch((c) -> c.getCurrencyCode().equals(normal))) {
			throw new InvalidInputException("currency", "matching.settings.error.currency", new Object[] { code },
					"'" + code + "' is not an ISO 4217 currency code");
		}
		this.settings.put(workspaceId, CURRENCY_SETTING, normal);
		this.journal.record(
				AuditEvent
					.of(workspaceId, "matching.currency.saved", "matching-vocabulary", "currency", "currency set",
							Map.of("currency", normal))
					.by(actor, "user"));
	}

	/** Whether the workspace lets client ratings change match scores (off by default). */
	public boolean ratingsChangeScores(UUID workspaceId) {
		return this.settings.get(workspaceId, RATINGS_SETTING).map(Boolean::parseBoolean).orElse(false);
	}

	/**
	 * Lets client ratings change match scores, or stops it (journalled when it changes).
	 */
	@Transactional
	public void saveRatingsChangeScores(UUID workspaceId, boolean enabled, String actor) {
		if (enabled == ratingsChangeScores(workspaceId)) {
			return;
		}
		this.settings.put(workspaceId, RATINGS_SETTING, Boolean.toString(enabled));
		this.journal
			.record(AuditEvent
				.of(workspaceId, "matching.ratings-setting.saved", "matching-vocabulary", "ratingsChangeScores",
						"ratings change scores " + (enabled ? "on" : "off"), Map.of("enabled", enabled))
				.by(actor, "user"));
	}

	/**
	 * Checks a shopper profile's values against the workspace lists.
	 * @throws InvalidInputException naming the first field with an unknown value
	 */
	public void checkShopper(UUID workspaceId, ShopperProfile shopper) {
		VocabularyLists lists = lists(workspaceId);
		check(lists, Kind.STYLES, shopper.styles());
		check(lists, Kind.GOALS, shopper.goals());
		check(lists, Kind.LIFE_MOMENTS, shopper.lifeMoments());
		check(lists, Kind.MORPHOLOGIES, shopper.morphologies());
		check(lists, Kind.LANGUAGES, shopper.languages());
	}

	private static void check(VocabularyLists lists, Kind kind, Set<String> values) {
		List<String> unknown = lists.unknown(kind, values);
		if (!unknown.isEmpty()) {
			throw new InvalidInputException(kind.field(), "matching.shopper.error.unknown",
					new Object[] { unknown.get(0), String.join(", ", lists.of(kind)) },
					"unknown value '" + unknown.get(0) + "' (known: " + String.join(", ", lists.of(kind)) + ")");
		}
	}

}
