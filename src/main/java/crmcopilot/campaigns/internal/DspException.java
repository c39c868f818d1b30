package crmcopilot.campaigns.internal;

/**
 * A DSP call that failed: the API's error message, HTTP code and status (e.g.
 * {@code PERMISSION_DENIED}), shown on the campaign page as is.
 */
public class DspException extends RuntimeException {

	private final int code;

	private final String status;

	public DspException(String message, int code, String status) {
		super(message);
		this.code = code;
		this.status = status;
	}

	public int code() {
		return this.code;
	}

	public String status() {
		return this.status;
	}

}
