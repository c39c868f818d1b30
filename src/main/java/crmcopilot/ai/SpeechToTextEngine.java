package crmcopilot.ai;

import org.jspecify.annotations.Nullable;

/**
 * Transcribes audio (WAV, MP3, OGG/Opus, M4A, WebM): through an OpenAI-compatible
 * {@code /v1/audio/transcriptions} endpoint when one is configured, else offline with
 * pocketsphinx (English).
 */
public interface SpeechToTextEngine {

	/**
	 * @param language ISO 639-1 code when known ({@code fr}, {@code en}), else null
	 * @throws SpeechToTextFailed with a message for the user (what to configure, what is
	 * wrong with the file)
	 */
	SpeechToTextResult transcribe(byte[] audio, @Nullable String language);

}
