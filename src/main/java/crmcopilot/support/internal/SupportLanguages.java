package crmcopilot.support.internal;

import java.util.Set;

import crmcopilot.ai.LanguageDetector;

import org.springframework.stereotype.Component;

/**
 * Language of a customer message. Most messages are plainly French or English: a count of
 * function words that exist in only one of the two settles them in microseconds; anything
 * else (mixed, short, another language) goes to the AI module's detector, which is far
 * more thorough and about a hundred times slower.
 */
@Component
class SupportLanguages {

	private static final Set<String> FRENCH = Set.of("je", "j", "vous", "nous", "est", "les", "des", "une", "mon", "ma",
			"mes", "votre", "vos", "pour", "avec", "dans", "pas", "que", "qui", "sur", "bonjour", "merci", "depuis",
			"toujours", "commande", "suis", "ai", "au", "aux", "du", "et", "il", "elle", "ce", "cette", "ne", "rien",
			"quand", "comment", "pourquoi", "svp", "remboursement", "livraison", "colis", "facture");

	private static final Set<String> ENGLISH = Set.of("i", "you", "we", "is", "the", "my", "your", "our", "for", "with",
			"in", "not", "that", "which", "on", "hello", "hi", "thanks", "thank", "since", "still", "order", "am",
			"have", "has", "and", "it", "this", "what", "when", "how", "why", "please", "refund", "delivery", "parcel",
			"invoice", "where", "can", "could", "would", "of", "to");

	/** Words of one language needed, and how many times more than of the other. */
	private static final int MIN_WORDS = 3;

	/**
	 * Words of one language that settle a short message holding none of the other
	 * ("Acceptez-vous les cartes American Express ?": a brand name is not English).
	 */
	private static final int MIN_WORDS_ALONE = 2;

	private static final int MARGIN = 3;

	/** Up to this many words, a message is too short for the detector. */
	private static final int SHORT_WORDS = 4;

	private final LanguageDetector detector;

	SupportLanguages(LanguageDetector detector) {
		this.detector = detector;
	}

	/**
	 * @return an ISO 639-1 code, or {@code und}
	 */
	public String detect(String text) {
		int french = 0;
		int english = 0;
		int words = 0;
		for (String word : TextTokens.fold(text).split("[^a-z]+")) {
			if (!word.isEmpty()) {
				words++;
			}
			if (FRENCH.contains(word)) {
				french++;
			}
			if (ENGLISH.contains(word)) {
				english++;
			}
		}
		if ((french >= MIN_WORDS && french >= MARGIN * Math.max(1, english))
				|| (french >= MIN_WORDS_ALONE && english == 0)) {
			return "fr";
		}
		if ((english >= MIN_WORDS && english >= MARGIN * Math.max(1, french))
				|| (english >= MIN_WORDS_ALONE && french == 0)) {
			return "en";
		}
		if (words <= SHORT_WORDS) {
			// "paypal ok ?", "wave ok ?": too few words for any detector; one function
			// word settles it, none leaves the workspace's language
			return (french > english) ? "fr" : (english > french) ? "en" : "und";
		}
		return this.detector.detect(text);
	}

}
