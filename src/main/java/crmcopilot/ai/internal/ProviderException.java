package crmcopilot.ai.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A provider call that failed at the transport level. Its message never holds request or
 * response text, only the kind of failure and the HTTP status.
 */
class ProviderException extends RuntimeException {

	/**
	 * What went wrong; the code is what {@code ai_calls} records as the fallback reason.
	 */
	public enum Kind {

		TIMEOUT("timeout", true), RATE_LIMITED("rate-limited", true), SERVER_ERROR("server-error", true),
		CONNECTION("connection-error", true), CLIENT_ERROR("client-error", false), BAD_RESPONSE("bad-response", false);

		private final String code;

		private final boolean retryable;

		Kind(String code, boolean retryable) {
			this.code = code;
			this.retryable = retryable;
		}

		public String code() {
			return this.code;
		}

	}

	private final Kind kind;

	private final int status;

	private final @Nullable Duration retryAfter;

	public ProviderException(Kind kind, int status, @Nullable Duration retryAfter, String message) {
		super(message);
		this.kind = kind;
		this.status = status;
		this.retryAfter = retryAfter;
	}

	public Kind kind() {
		return this.kind;
	}

	public int status() {
		return this.status;
	}

	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

	public boolean retryable() {
		return this.kind.retryable;
	}

	/** The reason recorded when the offline engine answers instead. */
	public String reason() {
		return (this.status > 0) ? this.kind.code + " (HTTP " + this.status + ")" : this.kind.code;
	}

}
