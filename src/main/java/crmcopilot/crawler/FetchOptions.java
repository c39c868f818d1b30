package crmcopilot.crawler;

import java.util.List;

/**
 * What a caller accepts for one fetch.
 *
 * @param acceptedContentTypes media types accepted (prefix match, e.g.
 * {@code text/html}); empty accepts every type
 * @param maxBytes largest body accepted
 * @param maxAttempts attempts in total for 5xx answers, 429 and timeouts (1 = no retry)
 * @param respectRobots whether robots.txt is checked (always true for crawling; false
 * only for an explicit, user-provided file such as an open dataset URL)
 */
public record FetchOptions(List<String> acceptedContentTypes, long maxBytes, int maxAttempts, boolean respectRobots) {

	public FetchOptions {
		acceptedContentTypes = List.copyOf(acceptedContentTypes);
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("maxBytes must be positive");
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
	}

	/** HTML pages up to 2 MB, three attempts. */
	public static FetchOptions html() {
		return new FetchOptions(List.of("text/html", "application/xhtml+xml"), 2_000_000, 3, true);
	}

	public FetchOptions withMaxBytes(long bytes) {
		return new FetchOptions(this.acceptedContentTypes, bytes, this.maxAttempts, this.respectRobots);
	}

	public FetchOptions withMaxAttempts(int attempts) {
		return new FetchOptions(this.acceptedContentTypes, this.maxBytes, attempts, this.respectRobots);
	}

	public FetchOptions accepting(String... contentTypes) {
		return new FetchOptions(List.of(contentTypes), this.maxBytes, this.maxAttempts, this.respectRobots);
	}

}
