package crmcopilot.opportunities;

import java.time.LocalDate;
import java.util.List;

/**
 * A text to extract an opportunity from.
 *
 * @param documentDate the document's date, from which relative dates are resolved and the
 * default close date (+7 days) is computed
 * @param leadSources the workspace's lead-source list
 */
public record ExtractionRequest(String text, LocalDate documentDate, List<String> leadSources) {

	/** The default lead-source list; the last one is the default value. */
	public static final List<String> DEFAULT_LEAD_SOURCES = List.of("Appel d'offres", "Recommandation",
			"Salon / Événement", "Site web", "Prospection commerciale", "Partenaire", "Demande client spontanée");

	public static ExtractionRequest of(String text, LocalDate documentDate) {
		return new ExtractionRequest(text, documentDate, DEFAULT_LEAD_SOURCES);
	}

}
