package crmcopilot.opportunities.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import crmcopilot.shared.Texts;

/**
 * The next steps a note dates ("décision fin mars", "devis pour vendredi", "démo mardi"):
 * each date found in the text (relative ones resolved against the note's date) whose
 * clause names an action becomes a follow-up, the clause its subject.
 */
final class FollowUpReader {

	/** Words of a clause that make a dated phrase something to do. */
	private static final Pattern ACTION = Pattern.compile("\\b(decision|decider|devis|demo|demonstration|rdv|rendez"
			+ "|relanc|rappel|envoy|signature|signer|reunion|visite|proposition|offre|commande|livraison|presentation"
			+ "|point|appel|essai|remise|depot|reponse|repondre|valid|comite|installation|formation|negociation)");

	private static final int MAX_SUBJECT = 120;

	private FollowUpReader() {
	}

	/** A dated next step. */
	record Stated(String subject, LocalDate due) {
	}

	static List<Stated> read(String text, LocalDate noteDate) {
		FoldedText folded = FoldedText.of(text);
		List<Stated> steps = new ArrayList<>();
		for (FrenchDates.Found found : FrenchDates.all(folded, noteDate)) {
			int start = clauseStart(folded.folded(), found.start());
			String clause = folded.folded().substring(start, found.end());
			if (!ACTION.matcher(clause).find()) {
				continue;
			}
			String subject = text.substring(start, found.end()).strip();
			subject = Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
			Stated step = new Stated(Texts.abbreviate(subject, MAX_SUBJECT), found.date());
			if (steps.stream().noneMatch((s) -> s.due().equals(step.due()))) {
				steps.add(step);
			}
		}
		return steps;
	}

	private static int clauseStart(String folded, int at) {
		int start = CloseDateCues.clauseStart(folded, at);
		while (start < at && Character.isWhitespace(folded.charAt(start))) {
			start++;
		}
		return start;
	}

}
