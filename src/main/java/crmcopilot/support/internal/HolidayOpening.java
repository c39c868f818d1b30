package crmcopilot.support.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A question on the shop's opening on a public holiday or during a religious period ("le
 * magasin est ouvert le lundi de Pâques ?", "les horaires changent pendant le Ramadan
 * ?"): an article giving the usual hours does not answer it; one that speaks of that day,
 * or of public holidays for a public holiday, does. Matched on folded text (lower case,
 * no accents), sentence by sentence.
 */
final class HolidayOpening {

	/** Words of opening or closing, of hours. */
	private static final Pattern OPENING = Pattern
		.compile("\\b(ouvert|ouverte|ouverts|ouvertes|ouvre|ouvrez|ouvrent|ouverture|ferme|fermee|fermes|fermez|ferment"
				+ "|fermeture|horaires?|heures?|open|opening|closed|close|hours)\\b");

	/** Public holidays stated by an article as a whole. */
	private static final String PUBLIC_HOLIDAYS = "\\bferies?\\b|public holidays?|bank holidays?";

	/** Each day or period the message may name, read in the message and in an article. */
	private static final List<Pattern> PUBLIC = List.of(pattern("paques|easter"), pattern("pentecote|whit monday"),
			pattern("ascension"), pattern("toussaint"), pattern("assomption|15 aout"), pattern("armistice|11 novembre"),
			pattern("14 juillet|fete nationale"), pattern("noel|christmas|25 decembre"),
			pattern("nouvel an|jour de l.an|1er janvier|new year"), pattern("1er mai|premier mai|fete du travail"),
			pattern("8 mai"), pattern("tabaski|aid el.?kebir|aid el.?adha"), pattern("korite|aid el.?fitr"),
			pattern("tamkharit|achoura"), pattern("maouloud|gamou|mawlid"), pattern("magal"), pattern("independance"),
			pattern("jours? feries?|public holidays?|bank holidays?"));

	/** Periods no general word for public holidays answers. */
	private static final List<Pattern> PERIODS = List.of(pattern("ramadan"), pattern("careme"));

	private static final Pattern SENTENCE_END = Pattern.compile("[.?!\\n]+");

	private HolidayOpening() {
	}

	/**
	 * What an article must speak of to answer the message's question on a holiday's
	 * opening, or null when the message asks none.
	 */
	static @Nullable Pattern asked(String text) {
		for (String sentence : SENTENCE_END.split(TextTokens.fold(text).replace('’', '\''))) {
			if (!OPENING.matcher(sentence).find()) {
				continue;
			}
			for (Pattern period : PERIODS) {
				if (period.matcher(sentence).find()) {
					return period;
				}
			}
			for (Pattern day : PUBLIC) {
				if (day.matcher(sentence).find()) {
					return Pattern.compile(day.pattern() + "|" + PUBLIC_HOLIDAYS);
				}
			}
		}
		return null;
	}

	/** Whether the article speaks of what {@link #asked} returned. */
	static boolean answeredBy(Pattern asked, Article article) {
		String keywords = (article.keywords() != null) ? article.keywords() : "";
		return asked
			.matcher(TextTokens.fold(article.title() + "\n" + keywords + "\n" + article.body()).replace('’', '\''))
			.find();
	}

	private static Pattern pattern(String words) {
		return Pattern.compile("\\b(" + words + ")\\b");
	}

}
