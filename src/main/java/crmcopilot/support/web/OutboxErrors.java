package crmcopilot.support.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The message key of an outbox item's last error, so the page states it in its reader's
 * language: the channels store the provider's own (English) text, which is kept as the
 * detail under the translated kind of failure.
 */
final class OutboxErrors {

	private static final List<Kind> KINDS = List.of(new Kind("smtp not configured", "smtpMissing"),
			new Kind("twilio not configured", "twilioMissing"), new Kind("invalid twilio account sid", "twilioMissing"),
			new Kind("http 429", "rateLimited"), new Kind("http 401", "credentials"),
			new Kind("http 403", "credentials"), new Kind("authentication", "credentials"),
			new Kind("unreachable", "unreachable"), new Kind("connection refused", "unreachable"),
			new Kind("timed out", "unreachable"), new Kind("timeout", "unreachable"),
			new Kind("unknownhost", "unreachable"), new Kind("unknown host", "unreachable"),
			new Kind("couldn't connect", "unreachable"));

	private OutboxErrors() {
	}

	/**
	 * @return the key under {@code support.outbox.error.}, or null without an error
	 */
	static @Nullable String key(@Nullable String lastError) {
		if (lastError == null || lastError.isBlank()) {
			return null;
		}
		String lower = lastError.toLowerCase(Locale.ROOT);
		for (Kind kind : KINDS) {
			if (lower.contains(kind.marker())) {
				return "support.outbox.error." + kind.key();
			}
		}
		return "support.outbox.error.other";
	}

	private record Kind(String marker, String key) {
	}

}
