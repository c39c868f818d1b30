package crmcopilot.ai.offline;

import java.util.Map;
import java.util.SortedMap;

import com.github.pemistahl.lingua.api.Language;

import crmcopilot.ai.LanguageDetector;

import org.springframework.stereotype.Service;

/**
 * Language detection with Lingua, restricted to the languages customers of the product
 * write in (French, English, Spanish, Portuguese, German, Arabic, Italian, Dutch): fewer
 * candidate languages make short texts more accurate and the models smaller. The models
 * are loaded on first use so that server start-up stays fast.
 */
@Service
class LinguaLanguageDetector implements LanguageDetector {

	static final String UNDETERMINED = "und";

	private static final int MIN_LETTERS = 3;

	private static final double MIN_CONFIDENCE = 0.5;

	private volatile com.github.pemistahl.lingua.api.LanguageDetector detector;

	@Override
	public String detect(String text) {
		if (text == null || letters(text) < MIN_LETTERS) {
			return UNDETERMINED;
		}
		SortedMap<Language, Double> confidences = detector().computeLanguageConfidenceValues(text);
		if (confidences.isEmpty()) {
			return UNDETERMINED;
		}
		Map.Entry<Language, Double> best = null;
		for (Map.Entry<Language, Double> entry : confidences.entrySet()) {
			if (best == null || entry.getValue() > best.getValue()) {
				best = entry;
			}
		}
		if (best == null || best.getKey() == Language.UNKNOWN || best.getValue() < MIN_CONFIDENCE) {
			return UNDETERMINED;
		}
		return best.getKey().getIsoCode639_1().name().toLowerCase(java.util.Locale.ROOT);
	}

	private static int letters(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetter(text.charAt(i))) {
				count++;
			}
		}
		return count;
	}

	private com.github.pemistahl.lingua.api.LanguageDetector detector() {
		com.github.pemistahl.lingua.api.LanguageDetector loaded = this.detector;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.detector;
				if (loaded == null) {
					loaded = com.github.pemistahl.lingua.api.LanguageDetectorBuilder
						.fromLanguages(Language.FRENCH, Language.ENGLISH, Language.SPANISH, Language.PORTUGUESE,
								Language.GERMAN, Language.ARABIC, Language.ITALIAN, Language.DUTCH)
						.build();
					this.detector = loaded;
				}
			}
		}
		return loaded;
	}

}
