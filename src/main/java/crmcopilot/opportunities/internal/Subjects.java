package crmcopilot.opportunities.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short object of an opportunity ("Acquisition de 50 ordinateurs portables") for its
 * name, the description and the next step.
 */
final class Subjects {

	private static final Pattern SUBJECT_LINE = Pattern.compile(
			"(?im)^\\s*(?:objet|sujet|subject|intitul[ée]|d[ée]signation)\\s*(?:du march[ée])?\\s*:\\s*(?:(?:re|tr|fwd?)\\s*:\\s*)*([^\\n]{3,160})");

	private static final Pattern NEED = Pattern.compile(
			"(?i)\\b(?:besoin d'|besoin de |besoin en |besoins en |souhaite(?:rait)? |voudrai(?:en)?t |veu(?:len)?t |envisage(?:nt)? |cherche(?:nt)? |recherche(?:nt)? |demande(?:nt)? (?:de |d'|un |une )?|int[ée]ress[ée]e?s? par |projet de |projet d'|devis pour |offre pour |proposition pour |cotation pour |pour (?:la |le |l'|un |une |des )?(?=acquisition|fourniture|mise|renouvellement|migration|d[ée]ploiement|installation|maintenance|refonte|d[ée]veloppement|achat|remplacement|extension|modernisation|digitalisation|audit|formation|r[ée]alisation|s[ée]curisation))([^\\n.;!?]{3,140})");

	private static final Pattern DETERMINERS = Pattern.compile(
			"(?i)^(?:(?:nous |vous |leur |les |des |un |une |le |la |l'|ses |son |sa |leurs |notre |nos |de |d'|du |faire |mettre en place |lancer |r[ée]aliser |obtenir |recevoir |avoir |en |se |s')\\s*)+");

	private static final Pattern TAIL = Pattern.compile(
			"(?i)\\s+(?:avant|d'ici|sous|dans les|pour (?:fin|le \\d|la fin|avant)|budget|montant|d'un montant|pour un montant|pour environ|estim[ée]|avec un budget|,|et (?:souhaite|voudrait|nous|demande|veut|attend)|car|afin|qui|dont|le plus t[ôo]t|rapidement|au plus vite|en urgence|urgemment|aupr[èe]s|chez|pour son|pour sa|pour ses|pour leur|pour leurs|pour le compte).*$");

	private static final Pattern NEXT_STEP = Pattern.compile(
			"(?i)(?:prochaine [ée]tape|next step|[àa] faire|action)\\s*:?\\s*([^\\n]{3,160})|(?:^|[.\\n]\\s*)((?:relancer|rappeler|envoyer|pr[ée]parer|organiser|planifier|fixer|caler|transmettre|faire une d[ée]mo|programmer|proposer)[^\\n.]{3,140})");

	private Subjects() {
	}

	static Optional<ExtractedSpan> shortObject(FoldedText text) {
		String s = text.original();
		Matcher m = SUBJECT_LINE.matcher(s);
		if (m.find()) {
			return Optional.of(shorten(m.group(1), m.start(1), 0.7));
		}
		m = NEED.matcher(s);
		if (m.find()) {
			return Optional.of(shorten(m.group(1), m.start(1), 0.55));
		}
		return Optional.empty();
	}

	private static ExtractedSpan shorten(String raw, int start, double confidence) {
		String value = TAIL.matcher(raw).replaceFirst("");
		Matcher det = DETERMINERS.matcher(value);
		int skipped = 0;
		if (det.find()) {
			skipped = det.end();
			value = value.substring(skipped);
		}
		value = value.replaceAll("[\\s.,;:!-]+$", "").trim();
		String[] words = value.split("\\s+");
		if (words.length > 9) {
			value = String.join(" ", java.util.Arrays.copyOf(words, 9));
		}
		if (!value.isEmpty()) {
			value = Character.toUpperCase(value.charAt(0)) + value.substring(1);
		}
		return new ExtractedSpan(value, start + skipped, start + skipped + value.length(), confidence);
	}

	static Optional<ExtractedSpan> nextStep(FoldedText text) {
		Matcher m = NEXT_STEP.matcher(text.original());
		if (m.find()) {
			int group = (m.group(1) != null) ? 1 : 2;
			String value = m.group(group).trim();
			return Optional.of(new ExtractedSpan(value, m.start(group), m.start(group) + value.length(), 0.6));
		}
		return Optional.empty();
	}

	static ExtractedSpan description(FoldedText text) {
		String s = text.original().strip();
		String body = s.replaceAll("(?im)^\\s*(?:de|from|à|a|to|cc|date|envoy[ée]|objet|subject)\\s*:[^\\n]*\\n", "")
			.strip();
		String value = body.replaceAll("\\s+", " ");
		if (value.length() > 255) {
			int cut = value.lastIndexOf(' ', 252);
			value = value.substring(0, (cut > 100) ? cut : 252) + "…";
		}
		int start = text.original().indexOf(body.isEmpty() ? s : body.substring(0, Math.min(10, body.length())));
		return new ExtractedSpan(value, Math.max(0, start), Math.max(0, start) + Math.min(body.length(), 255), 0.5);
	}

}
