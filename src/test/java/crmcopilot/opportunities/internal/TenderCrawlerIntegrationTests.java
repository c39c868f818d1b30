package crmcopilot.opportunities.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import crmcopilot.workspace.WorkspaceSettings;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import crmcopilot.CopilotIntegrationTest;
import crmcopilot.crawler.PoliteFetcher;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tender crawl against the saved marchespublics.sn pages served on 127.0.0.1
 * (ISO-8859-1, no charset declared), with a second listing page, a broken detail page, a
 * slow and a failing server.
 */
@CopilotIntegrationTest
class TenderCrawlerIntegrationTests {

	private static final String LISTING = "/index.php?option=com_marches&view=avis";

	@Autowired
	OpportunityCapture capture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Workspaces workspaces;

	HttpServer server;

	final List<String> hits = new CopyOnWriteArrayList<>();

	/** Remaining 503 answers per request (query string). */
	final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

	/** Remaining slow answers (beyond the read timeout) per request. */
	final Map<String, AtomicInteger> slow = new ConcurrentHashMap<>();

	/**
	 * Holds slow answers until the test ends: the crawler has given up on them by then.
	 */
	final CountDownLatch released = new CountDownLatch(1);

	TenderCrawler crawler;

	UUID ws;

	@Autowired
	WorkspaceSettings settings;

	@Autowired
	MessageSource messages;

	@BeforeEach
	void setUp() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(Executors.newFixedThreadPool(4));
		this.server.createContext("/", this::serve);
		this.server.start();
		PoliteFetcher fetcher = new PoliteFetcher(new PoliteFetcher.Config("crm-copilot-test", "http://localhost/bot",
				Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ZERO, Duration.ofMillis(20), Duration.ofHours(1),
				Set.of("127.0.0.1")));
		TenderExpiry beforeTheDeadlines = new TenderExpiry(this.settings, this.workspaces, this.messages,
				Clock.fixed(Instant.parse("2026-01-15T08:00:00Z"), ZoneOffset.UTC));
		this.crawler = new TenderCrawler(this.capture, this.jdbc, this.json, fetcher, 4, 10, beforeTheDeadlines);
		String slug = "tc-" + UUID.randomUUID().toString().substring(0, 8);
		this.ws = this.workspaces
			.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Africa/Dakar", PrivacyLevel.PRIVATE, false))
			.id();
	}

	@AfterEach
	void tearDown() {
		this.released.countDown();
		this.server.stop(0);
	}

	private String base() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void serve(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String query = exchange.getRequestURI().getRawQuery();
		String request = path + ((query != null) ? "?" + query : "");
		this.hits.add(request);
		if (path.equals("/robots.txt")) {
			send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /administrator/\n".getBytes());
			return;
		}
		AtomicInteger failing = this.failures.get(request);
		if (failing != null && failing.getAndDecrement() > 0) {
			send(exchange, 503, "text/html", "<h1>Service Unavailable</h1>".getBytes());
			return;
		}
		AtomicInteger sleeping = this.slow.get(request);
		if (sleeping != null && sleeping.getAndDecrement() > 0) {
			holdPastTheReadTimeout();
		}
		byte[] body = page(request);
		if (body == null) {
			send(exchange, 404, "text/html", "<h1>Not found</h1>".getBytes());
			return;
		}
		send(exchange, 200, "text/html", body);
	}

	private void holdPastTheReadTimeout() {
		try {
			this.released.await(3, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private byte[] page(String request) throws IOException {
		if (request.equals("/")) {
			return ("<html><head><title>Portail des marchés publics</title></head><body><ul class=\"menu\">"
					+ "<li><a href=\"/\">Accueil</a></li>"
					+ "<li><a href=\"index.php?option=com_content&amp;view=category&amp;id=8\">Avis aux soumissionnaires, appels d'offres : archives</a></li>"
					+ "<li><a href=\"mailto:contact@marchespublics.test\">Contact</a></li>"
					+ "<li><a href=\"http://ailleurs.example/avis\">Avis (autre site)</a></li>"
					+ "<li><a href=\"index.php?option=com_marches&amp;view=avis\">Avis d'appels d'offres</a></li>"
					+ "</ul></body></html>")
				.getBytes(StandardCharsets.ISO_8859_1);
		}
		if (request.equals("/index.php?option=com_content&view=category&id=8")) {
			return "<html><body><p>Archives : aucune annonce.</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
		}
		if (request.equals(LISTING)) {
			String listing = new String(fixture("listing.html"), StandardCharsets.ISO_8859_1);
			listing = listing.replace("</table>", "</table>\n<div class=\"pagination\"><a title=\"Suivant\" "
					+ "class=\"pagenav\" href=\"index.php?option=com_marches&amp;view=avis&amp;limitstart=20\">Suivant</a></div>");
			return listing.getBytes(StandardCharsets.ISO_8859_1);
		}
		if (request.equals(LISTING + "&limitstart=20")) {
			return ("<html><body><table><tr><th>Référence</th><th>Objet</th><th>Autorité contractante</th>"
					+ "<th>Publié le</th><th>Date limite</th><th>Détail</th></tr>"
					+ "<tr><td>DAO-2026-099</td><td>Câblage réseau du siège</td><td>Société nationale d'électricité</td>"
					+ "<td>03/02/2026</td><td>13/03/2026</td><td><a href=\"index.php?option=com_marches&amp;view=avis&amp;key=49999\">Détail</a></td></tr>"
					+ "<tr><td>DAO-2026-100</td><td>Broken row without link</td></tr>" + "</table></body></html>")
				.getBytes(StandardCharsets.ISO_8859_1);
		}
		if (request.equals(LISTING + "&key=49999")) {
			return "<html><body><div>maintenance en cours".getBytes(StandardCharsets.ISO_8859_1);
		}
		int key = request.indexOf("&key=");
		if (key > 0) {
			try {
				return fixture("detail-" + request.substring(key + 5) + ".html");
			}
			catch (IOException ex) {
				return null;
			}
		}
		return null;
	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = TenderCrawlerIntegrationTests.class.getClassLoader()
			.getResourceAsStream("tenders/" + name)) {
			if (in == null) {
				throw new IOException("no fixture " + name);
			}
			return in.readAllBytes();
		}
	}

	private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private long hitsOf(String request) {
		return this.hits.stream().filter(request::equals).count();
	}

	@Test
	void should_import_each_tender_once_through_flaky_pages_and_resume_after_an_outage() {
		this.failures.put(LISTING + "&key=48377", new AtomicInteger(2));
		this.slow.put(LISTING + "&key=48390", new AtomicInteger(1));
		this.failures.put(LISTING + "&limitstart=20", new AtomicInteger(3));
		UUID crawlId = this.crawler.create(this.ws, "rep@example.com", base() + LISTING);

		assertThat(this.crawler.resume(this.ws, crawlId)).isEqualTo(TenderCrawler.Outcome.RETRY);
		TenderImports.Crawl interrupted = this.crawler.crawl(this.ws, crawlId).orElseThrow();
		assertThat(interrupted.status()).isEqualTo("RETRYING");
		assertThat(interrupted.pagesRead()).isEqualTo(1);
		assertThat(interrupted.nextUrl()).endsWith("&limitstart=20");
		assertThat(interrupted.attempts()).isEqualTo(1);
		assertThat(interrupted.lastError()).contains("503");
		int firstPage = interrupted.imported();
		assertThat(firstPage).isPositive();

		assertThat(this.crawler.resume(this.ws, crawlId)).isEqualTo(TenderCrawler.Outcome.DONE);
		TenderImports.Crawl done = this.crawler.crawl(this.ws, crawlId).orElseThrow();
		assertThat(done.status()).isEqualTo("DONE");
		assertThat(done.pagesRead()).isEqualTo(2);
		assertThat(done.imported()).isEqualTo(firstPage + 1);
		assertThat(done.problems()).map(TenderProblem::english)
			.anyMatch((p) -> p.contains("DAO-2026-099") && p.contains("unreadable"))
			.anyMatch((p) -> p.contains("DAO-2026-100") && p.contains("no detail link"));
		assertThat(hitsOf(LISTING)).as("the first listing page is not read again").isEqualTo(1);
		assertThat(hitsOf(LISTING + "&key=48377")).isEqualTo(3);

		List<OpportunityDraft> drafts = this.capture.drafts(this.ws, OpportunityDraft.Status.DRAFT, PageQuery.of(0, 50))
			.items();
		assertThat(drafts).hasSize(done.imported())
			.allSatisfy((d) -> assertThat(d.sourceKind()).isEqualTo(OpportunityCapture.TENDER))
			.allSatisfy((d) -> assertThat(d.values()).containsEntry("leadSource", "Appel d'offres"));
		assertThat(drafts).anySatisfy((d) -> assertThat(d.text()).contains("Câblage réseau du siège"));

		UUID again = this.crawler.create(this.ws, "rep@example.com", base() + LISTING);
		assertThat(this.crawler.resume(this.ws, again)).isEqualTo(TenderCrawler.Outcome.DONE);
		TenderImports.Crawl second = this.crawler.crawl(this.ws, again).orElseThrow();
		assertThat(second.imported()).isZero();
		assertThat(second.alreadyKnown()).isEqualTo(done.imported());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM opp_tenders WHERE workspace_id = ?")
			.param(this.ws)
			.query(Long.class)
			.single()).isEqualTo(done.imported());
	}

	@Test
	void should_find_the_listing_from_the_home_page_when_the_configured_path_is_wrong() {
		String wrong = base() + "/index.php?option=com_marchespublics&view=listeavis";
		UUID crawlId = this.crawler.create(this.ws, "rep@example.com", wrong);

		assertThat(this.crawler.resume(this.ws, crawlId)).isEqualTo(TenderCrawler.Outcome.DONE);

		TenderImports.Crawl crawl = this.crawler.crawl(this.ws, crawlId).orElseThrow();
		assertThat(crawl.status()).isEqualTo("DONE");
		assertThat(crawl.imported()).isPositive();
		assertThat(crawl.startUrl()).isEqualTo(base() + LISTING);
		assertThat(crawl.problems()).map(TenderProblem::english)
			.anyMatch((p) -> p.contains("not found (HTTP 404)") && p.contains(base() + LISTING)
					&& p.contains("COPILOT_TENDERS_LISTING_URL"));
		assertThat(crawl.problems()).extracting(TenderProblem::code).contains("listingNotFound");
		assertThat(hitsOf("/")).isEqualTo(1);
		assertThat(this.hits).noneMatch((hit) -> hit.contains("ailleurs"));
	}

	@Test
	void should_rank_listing_links_and_skip_details_anchors_and_mail() {
		List<String> links = TenderPages.listingLinks("<a href=\"#top\">Avis</a><a href=\"mailto:x@y.sn\">Avis</a>"
				+ "<a href=\"index.php?option=com_marches&amp;view=avis&amp;key=48213\">Voir l'avis</a>"
				+ "<a href=\"/actualites\">Actualités</a><a href=\"/marches\">Marchés publics</a>"
				+ "<a href=\"index.php?option=com_marches&amp;view=avis\">Avis d'appels d'offres</a>");
		assertThat(links).containsExactly("index.php?option=com_marches&view=avis", "/marches");
	}

	@Test
	void should_give_up_after_the_last_attempt_and_say_why() {
		this.failures.put(LISTING, new AtomicInteger(1000));
		UUID crawlId = this.crawler.create(this.ws, "rep@example.com", base() + LISTING);
		TenderCrawler.Outcome outcome = TenderCrawler.Outcome.RETRY;
		int runs = 0;
		while (outcome == TenderCrawler.Outcome.RETRY && runs++ < 10) {
			outcome = this.crawler.resume(this.ws, crawlId);
		}
		assertThat(outcome).isEqualTo(TenderCrawler.Outcome.FAILED);
		TenderImports.Crawl crawl = this.crawler.crawl(this.ws, crawlId).orElseThrow();
		assertThat(crawl.status()).isEqualTo("FAILED");
		assertThat(crawl.lastError()).contains("HTTP_ERROR 503");
		assertThat(crawl.attempts()).isEqualTo(4);
		assertThat(crawl.lastError()).contains("HTTP_ERROR 503");
	}

}
