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

	boolean transientFailure() {
		return UNAVAILABLE.equals(this.errorCode) || "REQUEST_LIMIT_EXCEEDED".equals(this.errorCode)
				|| "SERVER_UNAVAILABLE".equals(this.errorCode) || "UNABLE_TO_LOCK_ROW".equals(this.errorCode);
	}

}
