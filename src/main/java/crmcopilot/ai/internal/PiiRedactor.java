package crmcopilot.ai.internal;

import java.util.Collection;
import java.util.Map;

/**
 * Replaces personal data (emails, phone numbers, IBANs, card numbers, known contact
 * names) by placeholders such as {@code [EMAIL_1]}, and maps placeholders in an answer
 * back.
 */
interface PiiRedactor {

	Redaction redact(String text, Collection<String> knownNames);

	/** Redacts several texts with one shared placeholder table. */
	Redaction redactAll(Map<String, String> texts, Collection<String> knownNames);

	String reidentify(String text, Redaction redaction);

	/**
	 * @param text the redacted text (for {@link #redactAll} the texts are in
	 * {@code texts})
	 * @param placeholders placeholder to original value
	 */
	record Redaction(String text, Map<String, String> texts, Map<String, String> placeholders) {
	}

}
