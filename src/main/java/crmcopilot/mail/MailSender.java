package crmcopilot.mail;

/**
 * Sends mail through an SMTP server, with the module's timeouts. Used by outbox channels:
 * a failure is thrown, for the outbox to retry.
 */
public interface MailSender {

	/**
	 * @throws MailSendException when the server cannot be reached or refuses the mail
	 */
	void send(SmtpServer server, OutgoingMail mail);

	/** A mail not sent, with the reason the server or the connection gave. */
	class MailSendException extends RuntimeException {

		public MailSendException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
