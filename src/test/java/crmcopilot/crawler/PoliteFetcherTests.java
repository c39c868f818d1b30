package crmcopilot.crawler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PoliteFetcherTests {

	private LocalSite site;

	private final CountDownLatch released = new CountDownLatch(1);

	@BeforeEach
	void start() throws IOException {
		this.site = new LocalSite();
		this.site.on("/robots.txt", LocalSite.respond(200, "text/plain",
				"User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8)));
	}

	@AfterEach
	void stop() {
		this.released.countDown();
		this.site.close();
	}

	private PoliteFetcher fetcher(Duration minDelay) {
		return new PoliteFetcher(new PoliteFetcher.Config("crm-copilot-test", "https://example.org/bot",
				Duration.ofSeconds(2), Duration.ofMillis(1000), minDelay, Duration.ofMillis(10), Duration.ofHours(1),
				Set.of("127.0.0.1")));
	}

	@Test
	void should_fetch_a_page_and_decode_its_charset_with_a_descriptive_user_agent() {
		this.site.on("/page", LocalSite.respond(200, "text/html; charset=ISO-8859-1",
				"<p>Crème brûlée</p>".getBytes(StandardCharsets.ISO_8859_1)));

		FetchResult result = fetcher(Duration.ZERO).fetch(this.site.uri("/page"), FetchOptions.html());

		assertThat(result).isInstanceOf(FetchResult.Page.class);
		FetchResult.Page page = (FetchResult.Page) result;
		assertThat(page.text()).isEqualTo("<p>Crème brûlée</p>");
		assertThat(page.contentType()).isEqualTo("text/html");
		assertThat(page.status()).isEqualTo(200);
		assertThat(this.site.hits).allSatisfy(
				(hit) -> assertThat(hit.userAgent()).isEqualTo("crm-copilot-test/1.0 (+https://example.org/bot)"));
	}

	@Test
	void should_refuse_paths_disallowed_by_robots_and_read_robots_once_per_host() {
		this.site.on("/private/", LocalSite.respond(200, "text/html", "secret".getBytes(StandardCharsets.UTF_8)));
		this.site.on("/public", LocalSite.respond(200, "text/html", "hello".getBytes(StandardCharsets.UTF_8)));
		PoliteFetcher fetcher = fetcher(Duration.ZERO);

		FetchResult refused = fetcher.fetch(this.site.uri("/private/page"), FetchOptions.html());
		FetchResult allowed = fetcher.fetch(this.site.uri("/public"), FetchOptions.html());

		assertThat(refused).isInstanceOfSatisfying(FetchResult.Failure.class,
				(failure) -> assertThat(failure.reason()).isEqualTo(FetchFailure.ROBOTS_DISALLOWED));
		assertThat(allowed.ok()).isTrue();
		assertThat(this.site.hitsOn("/private/page")).isZero();
		assertThat(this.site.hitsOn("/robots.txt")).isEqualTo(1);
	}

	@Test
	void should_space_requests_to_one_host_by_the_minimum_delay() {
		// a ticker that only the fetcher's waits move: the gaps it sees are the delays
		// kept
		AtomicLong ticker = new AtomicLong();
		List<Long> sent = new CopyOnWriteArrayList<>();
		this.site.on("/p", (exchange) -> {
			sent.add(ticker.get());
			LocalSite.respond(200, "text/html", "x".getBytes(StandardCharsets.UTF_8)).handle(exchange);
		});
		PoliteFetcher fetcher = new PoliteFetcher(new PoliteFetcher.Config("crm-copilot-test",
				"https://example.org/bot", Duration.ofSeconds(2), Duration.ofMillis(1000), Duration.ofMillis(150),
				Duration.ofMillis(10), Duration.ofHours(1), Set.of("127.0.0.1")), ticker::get,
				(wait) -> ticker.addAndGet(wait.toNanos()));

		for (int i = 0; i < 3; i++) {
			assertThat(fetcher.fetch(this.site.uri("/p"), FetchOptions.html()).ok()).isTrue();
		}

		// robots.txt at 0, then three pages, each 150 ms after the one before
		assertThat(this.site.hits).hasSize(4);
		assertThat(sent).containsExactly(150_000_000L, 300_000_000L, 450_000_000L);
	}

	@Test
	void should_refuse_loopback_without_an_operator_allowance_and_send_nothing() {
		this.site.on("/page", LocalSite.respond(200, "text/html", "x".getBytes(StandardCharsets.UTF_8)));
		PoliteFetcher strict = new PoliteFetcher(
				new PoliteFetcher.Config("bot", "https://example.org", Duration.ofSeconds(1), Duration.ofSeconds(1),
						Duration.ZERO, Duration.ofMillis(10), Duration.ofHours(1), Set.of()));

		FetchResult result = strict.fetch(this.site.uri("/page"), FetchOptions.html());

		assertThat(result).isInstanceOfSatisfying(FetchResult.Failure.class,
				(failure) -> assertThat(failure.reason()).isEqualTo(FetchFailure.SSRF_BLOCKED));
		assertThat(this.site.hits).isEmpty();
	}

	@Test
	void should_check_every_redirect_hop_against_the_guard() {
		this.site.on("/jump", (exchange) -> {
			exchange.getResponseHeaders().add("Location", "http://10.1.2.3/admin");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});

		FetchResult result = fetcher(Duration.ZERO).fetch(this.site.uri("/jump"), FetchOptions.html());

		assertThat(result).isInstanceOfSatisfying(FetchResult.Failure.class,
				(failure) -> assertThat(failure.reason()).as(failure.detail()).isEqualTo(FetchFailure.SSRF_BLOCKED));
	}

	@Test
	void should_refuse_bodies_over_the_limit_declared_or_streamed() {
		byte[] big = new byte[5000];
		this.site.on("/declared", LocalSite.respond(200, "text/html", big));
		this.site.on("/chunked", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "text/html");
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(big);
			}
		});
		PoliteFetcher fetcher = fetcher(Duration.ZERO);
		FetchOptions small = FetchOptions.html().withMaxBytes(1000);

		assertThat(((FetchResult.Failure) fetcher.fetch(this.site.uri("/declared"), small)).reason())
			.isEqualTo(FetchFailure.TOO_LARGE);
		assertThat(((FetchResult.Failure) fetcher.fetch(this.site.uri("/chunked"), small)).reason())
			.isEqualTo(FetchFailure.TOO_LARGE);
	}

	@Test
	void should_refuse_an_unexpected_content_type() {
		this.site.on("/file", LocalSite.respond(200, "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8)));

		FetchResult result = fetcher(Duration.ZERO).fetch(this.site.uri("/file"), FetchOptions.html());

		assertThat(((FetchResult.Failure) result).reason()).isEqualTo(FetchFailure.BAD_CONTENT_TYPE);
	}

	@Test
	void should_retry_server_errors_with_backoff_then_succeed() {
		AtomicInteger calls = new AtomicInteger();
		this.site.on("/flaky", (exchange) -> {
			int call = calls.incrementAndGet();
			LocalSite.send(exchange, (call < 3) ? 503 : 200, "text/html", "ok".getBytes(StandardCharsets.UTF_8));
		});

		FetchResult result = fetcher(Duration.ZERO).fetch(this.site.uri("/flaky"), FetchOptions.html());

		assertThat(result.ok()).isTrue();
		assertThat(calls.get()).isEqualTo(3);
	}

	@Test
	void should_give_up_after_the_last_attempt_with_the_status() {
		this.site.on("/down", LocalSite.respond(500, "text/html", "no".getBytes(StandardCharsets.UTF_8)));

		FetchResult result = fetcher(Duration.ZERO).fetch(this.site.uri("/down"),
				FetchOptions.html().withMaxAttempts(2));

		assertThat(result).isInstanceOfSatisfying(FetchResult.Failure.class, (failure) -> {
			assertThat(failure.reason()).isEqualTo(FetchFailure.HTTP_ERROR);
			assertThat(failure.status()).isEqualTo(500);
		});
		assertThat(this.site.hitsOn("/down")).isEqualTo(2);
	}

	@Test
	void should_report_a_timeout_after_retrying() {
		this.site.on("/slow", (exchange) -> {
			try {
				// past the 1 s read timeout; released when the test ends
				this.released.await(2500, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			LocalSite.send(exchange, 200, "text/html", "late".getBytes(StandardCharsets.UTF_8));
		});

		FetchResult result = fetcher(Duration.ZERO).fetch(this.site.uri("/slow"),
				FetchOptions.html().withMaxAttempts(2));

		assertThat(((FetchResult.Failure) result).reason()).isEqualTo(FetchFailure.TIMEOUT);
		assertThat(this.site.hitsOn("/slow")).isEqualTo(2);
	}

	@Test
	void should_refuse_non_http_schemes() {
		FetchResult result = fetcher(Duration.ZERO).fetch(URI.create("file:///etc/passwd"), FetchOptions.html());

		assertThat(((FetchResult.Failure) result).reason()).isIn(FetchFailure.INVALID_URI, FetchFailure.SSRF_BLOCKED);
	}

}
