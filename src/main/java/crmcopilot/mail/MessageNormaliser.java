package crmcopilot.mail;

/**
 * Turns a message body into the text the copilot reads: HTML stripped, quoted history and
 * signature removed (French and English mail conventions), whitespace tidied.
 */
public interface MessageNormaliser {

	String normalise(String body, boolean html);

	/** HTML to plain text, keeping line breaks. */
	String htmlToText(String html);

}
