package crmcopilot.mail;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A plain-text mail to send.
 *
 * @param headers extra headers, kept as given ({@code Message-ID}, {@code In-Reply-To},
 * {@code References} for threading)
 */
public record OutgoingMail(String to, @Nullable String subject, String text, Map<String, String> headers) {

	public OutgoingMail {
		headers = Map.copyOf(headers);
	}

}
