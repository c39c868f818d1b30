package crmcopilot.matching.internal.tasks;

import java.text.MessageFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Sentences of the offline writers, from the matching message bundles
 * ({@code matching.brief.*} in {@code i18n/matching*.properties}), in French or English,
 * their placeholders filled with breakdown facts only. Read without Spring so that the
 * tasks stay plain objects; the bundles are the ones the pages use.
 */
final class BriefTexts {

	private static final String PREFIX = "matching.brief.";

	private static final ResourceBundle FR = bundle(Locale.FRENCH);

	private static final ResourceBundle EN = bundle(Locale.ENGLISH);

	private BriefTexts() {
	}

	static String text(String language, String key, Object... args) {
		return new MessageFormat(bundle(language).getString(PREFIX + key), locale(language)).format(args);
	}

	/**
	 * What to do for a body shape (as stored), or the shape as the workspace writes it
	 * when the bundle has no advice.
	 */
	static String morphologyAdvice(String language, String morphology, String label) {
		try {
			return bundle(language).getString(PREFIX + "advice." + morphology.replace(' ', '-'));
		}
		catch (MissingResourceException ex) {
			return text(language, "morphology-other", label);
		}
	}

	/**
	 * An amount followed by the currency's symbol in the language ("150 €", "25000 F
	 * CFA"); the bare amount when no currency is known.
	 */
	static String money(String amount, String currency, String language) {
		if (currency.isBlank()) {
			return amount;
		}
		try {
			return amount + " " + Currency.getInstance(currency).getSymbol(locale(language));
		}
		catch (IllegalArgumentException ex) {
			return amount + " " + currency;
		}
	}

	static String list(List<String> items, String language) {
		return items.isEmpty() ? text(language, "no-style") : String.join(", ", items);
	}

	private static ResourceBundle bundle(String language) {
		return "en".equals(language) ? EN : FR;
	}

	private static Locale locale(String language) {
		return "en".equals(language) ? Locale.ENGLISH : Locale.FRANCE;
	}

	private static ResourceBundle bundle(Locale locale) {
		// no fallback to the machine's locale: French is the base bundle
		return ResourceBundle.getBundle("i18n.matching", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
