package crmcopilot.ai;

/** Offline language detection (at least fr, en, es, pt, de, ar). */
public interface LanguageDetector {

	/** ISO 639-1 code of the text's language, or {@code und} when unsure or too short. */
	String detect(String text);

}
