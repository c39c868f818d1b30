package crmcopilot.shared;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The languages the service speaks to people: French first, English. */
public final class Languages {

	/** The supported languages, the default first. */
	public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

	private Languages() {
	}

	/**
	 * The first supported language of an {@code Accept-Language} header; French when the
	 * header is missing, unreadable or names none of them.
	 */
	public static Locale fromAcceptLanguage(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return Locale.FRENCH;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return (match != null) ? match : Locale.FRENCH;
		}
		catch (IllegalArgumentException ex) {
			return Locale.FRENCH;
		}
	}

}
