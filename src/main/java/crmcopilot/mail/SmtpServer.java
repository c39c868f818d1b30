package crmcopilot.mail;

import org.jspecify.annotations.Nullable;

/**
 * An outgoing mail server.
 *
 * @param user the login, or null for a server without authentication
 * @param from the sender address of every mail sent through it
 */
public record SmtpServer(String host, int port, Security security, @Nullable String user, @Nullable String password,
		String from) {

	/** How the connection is protected. */
	public enum Security {

		/** Plain connection upgraded with STARTTLS (required), usually port 587. */
		STARTTLS,

		/** TLS from the start, usually port 465. */
		SSL,

		/** No encryption (local relays, tests), usually port 25. */
		NONE;

		/** The usual port of this kind of connection. */
		public int defaultPort() {
			return switch (this) {
				case STARTTLS -> 587;
				case SSL -> 465;
				case NONE -> 25;
			};
		}

	}

	@Override
	public String toString() {
		return "SmtpServer[" + this.host + ":" + this.port + "]";
	}

}
