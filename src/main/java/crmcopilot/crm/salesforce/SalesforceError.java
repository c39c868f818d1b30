package crmcopilot.crm.salesforce;

import org.jspecify.annotations.Nullable;

/**
 * A refusal or failure reported by Salesforce (or the network on the way).
 *
 * @param errorCode Salesforce's code ({@code INVALID_SESSION_ID},
 * {@code DUPLICATES_DETECTED}, {@code REQUIRED_FIELD_MISSING}, OAuth
 * {@code invalid_grant} ...), or {@code UNAVAILABLE} for network errors and 5xx
 */
class SalesforceError extends RuntimeException {

	static final String UNAVAILABLE = "UNAVAILABLE";

	/** A Task held back until its opportunity reaches Salesforce. */
	static final String WAITING = "OPPORTUNITY_NOT_PUSHED_YET";

	private final String errorCode;

	private final int status;

	private final @Nullable String duplicateId;

	SalesforceError(String errorCode, int status, String message, @Nullable String duplicateId) {
		super(errorCode + ": " + message);
		this.errorCode = errorCode;
		this.status = status;
		this.duplicateId = duplicateId;
	}

	SalesforceError(String errorCode, int status, String message) {
		this(errorCode, status, message, null);
	}

	String errorCode() {
		return this.errorCode;
	}

	int status() {
		return this.status;
	}

	@Nullable String duplicateId() {
		return this.duplicateId;
	}

	/**
	 * Whether Salesforce refused the data (a delivery to give up at once) rather than
	 * being away or not connected (a delivery to retry).
	 */
	static boolean refusal(Exception failure) {
		return failure instanceof SalesforceError error && !error.transientFailure()
				&& !"NOT_CONNECTED".equals(error.errorCode());
	}

	boolean transientFailure() {
		return UNAVAILABLE.equals(this.errorCode) || "REQUEST_LIMIT_EXCEEDED".equals(this.errorCode)
				|| "SERVER_UNAVAILABLE".equals(this.errorCode) || "UNABLE_TO_LOCK_ROW".equals(this.errorCode)
				|| WAITING.equals(this.errorCode);
	}

}
