package crmcopilot.ai.offline;

import java.util.List;

import crmcopilot.ai.LanguageDetector;
import crmcopilot.ai.SummariseTask.Request;

/** Messages every engine of the {@code summarise} task must summarise validly. */
final class SummariseFixtures {

	static final List<Request> ALL = List.of(new Request("""
			Bonjour,
			Ma commande 45872 est bloquée au dépôt depuis cinq jours. Je dois partir demain matin.
			Pouvez-vous la faire livrer aujourd'hui ?
			Cordialement,
			Luc Martin""", "fr", 2),
			new Request("Hi, I was charged twice for order 44120. Please refund the second payment. Thanks, Ann", "en",
					1),
			new Request("Où est mon colis ?", "", 3));

	/**
	 * French unless the text reads English: enough for fixtures, without loading Lingua.
	 */
	static final LanguageDetector LANGUAGES = (text) -> text.matches("(?s).*\\b(the|I|was)\\b.*") ? "en" : "fr";

	private SummariseFixtures() {
	}

}
