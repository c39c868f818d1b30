package crmcopilot.crawler;

/** Why a fetch did not return a usable page. */
public enum FetchFailure {

	/** The URI is not an absolute http(s) URI. */
	INVALID_URI,
	/** robots.txt of the host disallows the path for our user agent. */
	ROBOTS_DISALLOWED,
	/**
	 * The target resolves to a private, loopback, link-local, multicast or unknown
	 * address.
	 */
	SSRF_BLOCKED,
	/** Connect or read timeout, after the retries. */
	TIMEOUT,
	/** The body is larger than the limit. */
	TOO_LARGE,
	/** The content type is not one of those accepted. */
	BAD_CONTENT_TYPE,
	/** The server answered with a status outside 2xx, after the retries for 5xx. */
	HTTP_ERROR,
	/** Too many redirects. */
	TOO_MANY_REDIRECTS,
	/** Connection refused, reset, TLS failure... after the retries. */
	NETWORK_ERROR

}
