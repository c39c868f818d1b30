package crmcopilot.crawler;

import java.net.URI;
import java.nio.charset.Charset;

/** The outcome of {@link PoliteFetcher#fetch}: a page or a typed failure. */
public sealed interface FetchResult {

	URI requestedUri();

	default boolean ok() {
		return this instanceof Page;
	}

	/**
	 * A fetched page.
	 *
	 * @param finalUri the URI after redirects
	 * @param contentType media type without parameters, lower case
	 * @param charset from the Content-Type header, else UTF-8
	 */
	record Page(URI requestedUri, int status, URI finalUri, String contentType, Charset charset,
			byte[] body) implements FetchResult {

		/** The body decoded with the page's charset. */
		public String text() {
			return new String(this.body, this.charset);
		}

	}

	/**
	 * A fetch that failed.
	 *
	 * @param status the last HTTP status, or 0 when none was received
	 * @param detail a human-readable explanation
	 */
	record Failure(URI requestedUri, FetchFailure reason, int status, String detail) implements FetchResult {
	}

}
