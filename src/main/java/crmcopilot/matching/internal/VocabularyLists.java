package crmcopilot.matching.internal;

import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A workspace's lists of values offered by the client form and the shopper profiles
 * (styles, goals, life moments, morphologies, language codes) and its currency.
 *
 * @param currency ISO 4217 code of prices and budgets (EUR, XOF...)
 */
public record VocabularyLists(Map<Kind, List<String>> lists, String currency) {

	public VocabularyLists {
		Map<Kind, List<String>> present = new HashMap<>();
		lists.forEach((kind, values) -> present.put(kind,
				(values == null) ? List.of() : values.stream().filter(Objects::nonNull).toList()));
		lists = Map.copyOf(present);
	}

	/** The lists a workspace can edit. */
	public enum Kind {

		STYLES("styles"), GOALS("goals"), LIFE_MOMENTS("lifeMoments"), MORPHOLOGIES("morphologies"),
		LANGUAGES("languages");

		private final String field;

		Kind(String field) {
			this.field = field;
		}

		/** The form and API field holding values of this list. */
		public String field() {
			return this.field;
		}

	}

	public List<String> of(Kind kind) {
		return this.lists.getOrDefault(kind, List.of());
	}

	public List<String> styles() {
		return of(Kind.STYLES);
	}

	public List<String> goals() {
		return of(Kind.GOALS);
	}

	public List<String> lifeMoments() {
		return of(Kind.LIFE_MOMENTS);
	}

	public List<String> morphologies() {
		return of(Kind.MORPHOLOGIES);
	}

	public List<String> languages() {
		return of(Kind.LANGUAGES);
	}

	/** The values that are not in the list (accents and case aside), in order. */
	public List<String> unknown(Kind kind, Collection<@Nullable String> values) {
		List<String> known = of(kind).stream().map(Vocabulary::normalise).toList();
		return values.stream()
			.filter(Objects::nonNull)
			.map(String::valueOf)
			.filter((v) -> !v.isBlank())
			.filter((v) -> !known.contains(Vocabulary.normalise(v)))
			.toList();
	}

	/**
	 * How the workspace writes each value of its lists, by normalised value (stored
	 * requests and profiles hold normalised values: {@code boheme} is written
	 * {@code bohème}).
	 */
	public Map<String, String> labels() {
		Map<String, String> labels = new HashMap<>();
		for (List<String> list : this.lists.values()) {
			for (String label : list) {
				labels.putIfAbsent(Vocabulary.normalise(label), label);
			}
		}
		return labels;
	}

	/** The currency's symbol for this locale (€, F CFA...). */
	public String currencySymbol(Locale locale) {
		return Currency.getInstance(this.currency).getSymbol(locale);
	}

	/**
	 * A language of the list as a person reads it ("Français", "Wolof"), in the reader's
	 * language; a code the JDK does not know is shown as written.
	 */
	public String languageName(String code, Locale locale) {
		Locale language = Locale.forLanguageTag(code);
		String name = language.getDisplayLanguage(locale);
		if (name.isBlank() || name.equalsIgnoreCase(language.getLanguage())) {
			return code;
		}
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	/**
	 * A stored (normalised) value as a person reads it: a language of the list by its
	 * name, any other value as the workspace writes it ({@code boheme} → {@code bohème}).
	 */
	public String label(String value, Locale locale) {
		if (languages().contains(value)) {
			return languageName(value, locale);
		}
		return labels().getOrDefault(value, value);
	}

	/** Stored values as a person reads them, joined with commas (see {@link #label}). */
	public String labelled(List<String> values, Locale locale) {
		return values.stream().map((value) -> label(value, locale)).collect(java.util.stream.Collectors.joining(", "));
	}

}
