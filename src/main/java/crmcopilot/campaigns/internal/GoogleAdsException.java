package crmcopilot.campaigns.internal;

/**
 * The Google Ads API refused a call or could not be reached: its message, the HTTP status
 * (0 when unreachable) and the API's status or first error code.
 */
class GoogleAdsException extends RuntimeException {

	private final int httpStatus;

	private final String status;

	GoogleAdsException(String message, int httpStatus, String status) {
		super(message);
		this.httpStatus = httpStatus;
		this.status = status;
	}

	int httpStatus() {
		return this.httpStatus;
	}

	String status() {
		return this.status;
	}

	/**
	 * Whether a retry would fail the same way: a 4xx other than 429 (bad credentials, a
	 * refused list), not an outage.
	 */
	boolean permanent() {
		return this.httpStatus >= 400 && this.httpStatus < 500 && this.httpStatus != 429;
	}

	@Override
	public String toString() {
		return getMessage() + " (" + this.status + ((this.httpStatus > 0) ? ", HTTP " + this.httpStatus : "") + ")";
	}

}
