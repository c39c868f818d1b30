package crmcopilot.opportunities.internal;

import java.util.regex.Pattern;

/**
 * How much a date of a note looks like the deal's close date, from the folded words just
 * before it: a deadline ("avant", "décision", "signature") raises it, a meeting lowers
 * it, and a next step or a meeting of its own clause ("démo mardi", "devis pour
 * vendredi") rules it out: that date is a follow-up's.
 */
final class CloseDateCues {

	private static final Pattern DEADLINE_CUE = Pattern.compile(
			"(avant|d'ici|au plus tard|limite|cloture|signature|signer|decision|deadline|echeance|pour le|remise des offres|depot|closing|livraison|livrer|demarrage|demarrer|commande|valider|validation|go-live|operationnel|disponible|reponse|budget)");

	private static final Pattern MEETING_CUE = Pattern.compile(
			"(relancer|relance|rappeler|rappel|rdv|rendez-vous|reunion|rencontre|rencontree?s?|vu |vue |visite|demo|appel|publie|publication|envoye(?!r)|recu|ecrit|date\\s*:|le \\d+ .{0,12}dernier|depuis|né|ne le|expire|expirent|expiration|echu)");

	/**
	 * A next step's deliverable ("devis pour vendredi", "proposition lundi"): its date,
	 * like a meeting's ("démo mardi"), is when the step is due (a follow-up), not when
	 * the deal closes, unless its own clause names the deal's decision — whatever the
	 * sentence before said ("budget 48 millions, devis pour vendredi").
	 */
	private static final Pattern NEXT_STEP_CUE = Pattern
		.compile("\\b(devis|proposition|presentation|essai|maquette|echantillons?|cotation|chiffrage)\\b");

	/** What closes a deal: only these make a next step's date its close date. */
	private static final Pattern CLOSING_CUE = Pattern.compile("(decision|decider|signature|signer|closing|cloture)");

	private CloseDateCues() {
	}

	/**
	 * @param text the folded text
	 * @param start where the date starts
	 * @param bonus how precise the date is
	 */
	static double score(String text, int start, double bonus) {
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		String before = text.substring(Math.max(lineStart, start - 45), start);
		double score = 0.5 + bonus;
		if (DEADLINE_CUE.matcher(before).find()) {
			score += 2;
		}
		if (MEETING_CUE.matcher(before).find()) {
			score -= 1.5;
		}
		String clause = before.substring(clauseStart(before, before.length()));
		if ((NEXT_STEP_CUE.matcher(clause).find() || MEETING_CUE.matcher(clause).find())
				&& !CLOSING_CUE.matcher(clause).find()) {
			score = Math.min(score, 0);
		}
		return score;
	}

	/**
	 * Where the clause holding {@code at} starts: after the last comma, stop, colon,
	 * bracket or line break before it.
	 */
	static int clauseStart(String text, int at) {
		for (int i = at - 1; i >= 0; i--) {
			if (",.;:!?(\n".indexOf(text.charAt(i)) >= 0) {
				return i + 1;
			}
		}
		return 0;
	}

}
