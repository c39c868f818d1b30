package crmcopilot.ai;

/** Audio that cannot be transcribed; the message says why or what to configure. */
public class SpeechToTextFailed extends RuntimeException {

	public SpeechToTextFailed(String message) {
		super(message);
	}

	public SpeechToTextFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
