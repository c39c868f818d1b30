package crmcopilot.mail;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads a mailbox over IMAP(S) and returns its new messages, normalised (HTML stripped,
 * quoted history and signature removed), with their threading headers. Messages read are
 * flagged as seen. Usable by any module that ingests mail.
 */
public interface MailboxReader {

	List<MailboxMessage> readNew(MailboxCredentials mailbox, int max);

	/**
	 * Where to read.
	 *
	 * @param ssl IMAPS (true) or plain IMAP (tests, local relays)
	 */
	record MailboxCredentials(String host, int port, boolean ssl, String user, String password, String folder) {

		@Override
		public String toString() {
			return "MailboxCredentials[" + this.user + "@" + this.host + ":" + this.port + "/" + this.folder + "]";
		}

	}

	/**
	 * A mail, normalised.
	 *
	 * @param messageId the {@code Message-ID} header
	 * @param references {@code In-Reply-To} then {@code References} ids
	 * @param text normalised text
	 * @param rawText the text part as received (or the HTML part converted to text)
	 */
	record MailboxMessage(@Nullable String messageId, List<String> references, String from, @Nullable String subject,
			String text, String rawText, Instant receivedAt, List<Attachment> attachments) {
	}

	/** Metadata of an attachment (the content itself is not kept). */
	record Attachment(String fileName, String contentType, long size) {
	}

}
