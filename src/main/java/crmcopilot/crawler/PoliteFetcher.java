package crmcopilot.crawler;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import crmcopilot.crawler.internal.HostPacing;
import crmcopilot.shared.SsrfGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches public pages politely and safely: every hop (the first request and each
 * redirect) passes the {@link SsrfGuard} and robots.txt (cached per host); requests to
 * one host are spaced by at least the configured delay (or the host's Crawl-delay,
 * capped); 5xx, 429 and timeouts are retried with exponential backoff; bodies are size-
 * and type-checked while streaming. The User-Agent names the product and a contact URL.
 */
public class PoliteFetcher {

	private static final Logger log = LoggerFactory.getLogger(PoliteFetcher.class);

	private static final int MAX_REDIRECTS = 5;

	private static final long ROBOTS_MAX_BYTES = 500_000;

	private static final int ROBOTS_CACHED_HOSTS = 10_000;

	/**
	 * How the fetcher behaves for every request.
	 *
	 * @param userAgentProduct the robots.txt token, e.g. {@code crm-copilot}
	 * @param contactUrl where site owners learn about the crawler
	 * @param minDelayPerHost shortest gap between two requests to one host
	 * @param retryBackoff first wait before a retry; doubled each time
	 * @param robotsCacheTtl how long a host's robots.txt is kept
	 * @param allowedHosts hosts the SSRF guard lets through (operators' setting)
	 */
	public record Config(String userAgentProduct, String contactUrl, Duration connectTimeout, Duration readTimeout,
			Duration minDelayPerHost, Duration retryBackoff, Duration robotsCacheTtl, Set<String> allowedHosts) {

		public String userAgent() {
			return this.userAgentProduct + "/1.0 (+" + this.contactUrl + ")";
		}

	}

	private final Config config;

	private final SsrfGuard guard;

	private final HttpClient client;

	private final HostPacing pacing;

	private final Cache<String, BaseRobotRules> robots;

	public PoliteFetcher(Config config) {
		this(config, System::nanoTime, HostPacing.Sleeper.SYSTEM);
	}

	/**
	 * A fetcher whose politeness delays are counted on the given ticker and, with retry
	 * backoffs, wait through the given sleeper.
	 */
	PoliteFetcher(Config config, LongSupplier nanoTime, HostPacing.Sleeper sleeper) {
		this.config = config;
		this.guard = new SsrfGuard(config.allowedHosts());
		this.pacing = new HostPacing(config.minDelayPerHost(), nanoTime, sleeper);
		this.robots = Caffeine.newBuilder()
			.expireAfterWrite(config.robotsCacheTtl())
			.maximumSize(ROBOTS_CACHED_HOSTS)
			.build();
		this.client = HttpClient.newBuilder()
			.connectTimeout(config.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public Config config() {
		return this.config;
	}

	/** Fetches one URI; never throws for network or policy problems. */
	public FetchResult fetch(URI uri, FetchOptions options) {
		URI current = uri;
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			FetchResult.Failure refused = admissible(uri, current, options);
			if (refused != null) {
				return refused;
			}
			Attempt attempt = fetchWithRetries(uri, current, options);
			if (attempt.failure != null) {
				return attempt.failure;
			}
			HttpResponse<InputStream> response = attempt.response;
			int status = response.statusCode();
			if (status >= 300 && status < 400 && status != 304) {
				closeQuietly(response);
				String location = response.headers().firstValue("Location").orElse(null);
				if (location == null) {
					return new FetchResult.Failure(uri, FetchFailure.HTTP_ERROR, status, "redirect without Location");
				}
				try {
					current = current.resolve(location.trim());
				}
				catch (IllegalArgumentException ex) {
					return new FetchResult.Failure(uri, FetchFailure.INVALID_URI, status,
							"bad redirect target: " + location);
				}
				continue;
			}
			return readBody(uri, current, response, options);
		}
		return new FetchResult.Failure(uri, FetchFailure.TOO_MANY_REDIRECTS, 0,
				"more than " + MAX_REDIRECTS + " redirects");
	}

	private FetchResult.@org.jspecify.annotations.Nullable Failure admissible(URI requested, URI target,
			FetchOptions options) {
		if (!target.isAbsolute() || target.getHost() == null) {
			return new FetchResult.Failure(requested, FetchFailure.INVALID_URI, 0, "not an absolute URI: " + target);
		}
		SsrfGuard.Decision decision = this.guard.check(target);
		if (!decision.allowed()) {
			return new FetchResult.Failure(requested, FetchFailure.SSRF_BLOCKED, 0, decision.reason());
		}
		if (options.respectRobots() && !rulesFor(target).isAllowed(target.toString())) {
			return new FetchResult.Failure(requested, FetchFailure.ROBOTS_DISALLOWED, 0,
					"robots.txt of " + target.getHost() + " disallows " + target.getRawPath());
		}
		return null;
	}

	private static final class Attempt {

		@org.jspecify.annotations.Nullable
		HttpResponse<InputStream> response;

		FetchResult.@org.jspecify.annotations.Nullable Failure failure;

	}

	private Attempt fetchWithRetries(URI requested, URI target, FetchOptions options) {
		Attempt attempt = new Attempt();
		Duration backoff = this.config.retryBackoff();
		for (int tries = 1;; tries++) {
			boolean last = tries >= options.maxAttempts();
			try {
				HttpResponse<InputStream> response = send(target, options);
				int status = response.statusCode();
				if ((status >= 500 || status == 429) && !last) {
					closeQuietly(response);
					log.debug("{} answered {}, retrying", target, status);
				}
				else {
					attempt.response = response;
					return attempt;
				}
			}
			catch (HttpTimeoutException ex) {
				if (last) {
					attempt.failure = new FetchResult.Failure(requested, FetchFailure.TIMEOUT, 0,
							((ex instanceof HttpConnectTimeoutException) ? "connect" : "read") + " timeout after "
									+ tries + " attempt(s)");
					return attempt;
				}
			}
			catch (IOException ex) {
				if (last) {
					attempt.failure = new FetchResult.Failure(requested, FetchFailure.NETWORK_ERROR, 0,
							ex.getClass().getSimpleName() + ": " + ex.getMessage());
					return attempt;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				attempt.failure = new FetchResult.Failure(requested, FetchFailure.NETWORK_ERROR, 0, "interrupted");
				return attempt;
			}
			this.pacing.sleep(backoff);
			backoff = backoff.multipliedBy(2);
		}
	}

	private HttpResponse<InputStream> send(URI target, FetchOptions options) throws IOException, InterruptedException {
		this.pacing.waitForSlot(hostKey(target));
		HttpRequest.Builder request = HttpRequest.newBuilder(target)
			.timeout(this.config.readTimeout())
			.header("User-Agent", this.config.userAgent())
			.GET();
		if (!options.acceptedContentTypes().isEmpty()) {
			request.header("Accept", String.join(", ", options.acceptedContentTypes()) + ";q=1.0, */*;q=0.1");
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
	}

	private FetchResult readBody(URI requested, URI finalUri, HttpResponse<InputStream> response,
			FetchOptions options) {
		int status = response.statusCode();
		if (status < 200 || status >= 300) {
			closeQuietly(response);
			return new FetchResult.Failure(requested, FetchFailure.HTTP_ERROR, status, "HTTP " + status);
		}
		HttpHeaders headers = response.headers();
		String contentTypeHeader = headers.firstValue("Content-Type").orElse("");
		String mediaType = contentTypeHeader.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		if (!options.acceptedContentTypes().isEmpty()
				&& options.acceptedContentTypes().stream().noneMatch(mediaType::startsWith)) {
			closeQuietly(response);
			return new FetchResult.Failure(requested, FetchFailure.BAD_CONTENT_TYPE, status,
					"content type '" + mediaType + "' is not accepted");
		}
		long declared = headers.firstValueAsLong("Content-Length").orElse(-1);
		if (declared > options.maxBytes()) {
			closeQuietly(response);
			return new FetchResult.Failure(requested, FetchFailure.TOO_LARGE, status,
					"declared length " + declared + " exceeds " + options.maxBytes() + " bytes");
		}
		try (InputStream body = response.body()) {
			byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
			if (bytes.length > options.maxBytes()) {
				return new FetchResult.Failure(requested, FetchFailure.TOO_LARGE, status,
						"body exceeds " + options.maxBytes() + " bytes");
			}
			return new FetchResult.Page(requested, status, finalUri, mediaType, charsetOf(contentTypeHeader), bytes);
		}
		catch (InterruptedIOException ex) {
			return new FetchResult.Failure(requested, FetchFailure.TIMEOUT, status, "read timeout");
		}
		catch (IOException ex) {
			return new FetchResult.Failure(requested, FetchFailure.NETWORK_ERROR, status, ex.getMessage());
		}
	}

	static Charset charsetOf(String contentType) {
		for (String part : contentType.split(";")) {
			String trimmed = part.trim();
			if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
				String name = trimmed.substring(8).replace("\"", "").trim();
				try {
					return Charset.forName(name);
				}
				catch (IllegalArgumentException ex) {
					return StandardCharsets.UTF_8;
				}
			}
		}
		return StandardCharsets.UTF_8;
	}

	/** The robots rules of the target's host, fetched once per cache period. */
	BaseRobotRules rulesFor(URI target) {
		return this.robots.get(hostKey(target), (key) -> {
			BaseRobotRules rules = fetchRobots(target);
			this.pacing.crawlDelay(key, rules.getCrawlDelay());
			return rules;
		});
	}

	private BaseRobotRules fetchRobots(URI target) {
		SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
		URI robotsUri = URI.create(target.getScheme() + "://" + target.getRawAuthority() + "/robots.txt");
		List<String> agents = new ArrayList<>(List.of(this.config.userAgentProduct().toLowerCase(Locale.ROOT)));
		try {
			HttpResponse<InputStream> response = send(robotsUri, FetchOptions.html());
			try (InputStream body = response.body()) {
				int status = response.statusCode();
				if (status >= 200 && status < 300) {
					byte[] content = body.readNBytes((int) ROBOTS_MAX_BYTES);
					String type = response.headers().firstValue("Content-Type").orElse("text/plain");
					return parser.parseContent(robotsUri.toString(), content, type, agents);
				}
				return parser.failedFetch(status);
			}
		}
		catch (IOException ex) {
			// robots.txt unreachable: like a 5xx, refuse the host for now (RFC 9309
			// §2.3.1.4)
			return parser.failedFetch(503);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return parser.failedFetch(503);
		}
	}

	private static String hostKey(URI uri) {
		return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":"
				+ uri.getPort();
	}

	private static void closeQuietly(HttpResponse<InputStream> response) {
		try {
			response.body().close();
		}
		catch (IOException ex) {
			log.trace("closing a discarded body failed", ex);
		}
	}

}
