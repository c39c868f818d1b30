package crmcopilot.opportunities.internal;

import java.time.LocalDate;
import java.util.List;

import crmcopilot.opportunities.ExtractionRequest;

/** Notes every engine of the {@code extract-opportunity} task must turn into a draft. */
final class ExtractOpportunityFixtures {

	static final List<String> LEAD_SOURCES = List.of("Appel d'offres", "Recommandation", "Site web", "Autre");

	private static final LocalDate MONDAY = LocalDate.of(2026, 2, 2);

	static final List<ExtractionRequest> ALL = List.of(
			new ExtractionRequest(
					"Appel de Moussa Diallo, DAF de la SDE : renouvellement des licences, budget 12 millions FCFA.",
					MONDAY, LEAD_SOURCES),
			new ExtractionRequest("""
					Bonjour,
					Suite à la recommandation de M. Ndiaye, Orabank Togo souhaite un contrat de maintenance
					de son parc d'imprimantes à Lomé avant le 30 mars. Contact : a.kodjo@orabank.tg, +228 90 12 34 56.
					Cordialement, Afi Kodjo, responsable achats""", MONDAY, LEAD_SOURCES),
			new ExtractionRequest("RAS", MONDAY, LEAD_SOURCES));

	private ExtractOpportunityFixtures() {
	}

}
