package crmcopilot.ai;

/** An image or PDF that cannot be read; the message says why, for the user. */
public class OcrFailed extends RuntimeException {

	public OcrFailed(String message) {
		super(message);
	}

	public OcrFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
