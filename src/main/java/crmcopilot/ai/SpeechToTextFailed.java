package crmcopilot.ai;

import org.jspecify.annotations.Nullable;

/** Audio that cannot be transcribed; the message says why or what to configure. */
public class SpeechToTextFailed extends MediaUnreadable {

	public SpeechToTextFailed(String message) {
		super(null, new Object[0], message, null);
	}

	public SpeechToTextFailed(String message, Throwable cause) {
		super(null, new Object[0], message, cause);
	}

	/**
	 * @param messageKey key of the message bundles ({@code ai.speech.error.*}) giving the
	 * reason shown to people
	 * @param arguments the key's arguments
	 * @param defaultMessage the English reason, used when the key is missing
	 */
	public SpeechToTextFailed(String messageKey, Object[] arguments, String defaultMessage, @Nullable Throwable cause) {
		super(messageKey, arguments, defaultMessage, cause);
	}

}
