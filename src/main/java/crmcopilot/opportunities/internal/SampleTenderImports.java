package crmcopilot.opportunities.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Imports tender pages into drafts, each tender key once. The sample pages are saved
 * copies in the marchespublics.sn format, shipped under {@code classpath:tenders/}.
 */
@Service
class SampleTenderImports implements TenderImports {

	private final OpportunityCapture capture;

	private final JdbcClient jdbc;

	private final TenderCrawler crawler;

	private final TenderSettings settings;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final OneTimeTask<String> task;

	SampleTenderImports(OpportunityCapture capture, JdbcClient jdbc, TenderCrawler crawler, TenderSettings settings,
			ObjectProvider<SchedulerClient> scheduler, OneTimeTask<String> tenderCrawlTask) {
		this.capture = capture;
		this.jdbc = jdbc;
		this.crawler = crawler;
		this.settings = settings;
		this.scheduler = scheduler;
		this.task = tenderCrawlTask;
	}

	@Override
	public Crawl startCrawl(UUID workspaceId, String actor, @Nullable String startUrl) {
		String url = (startUrl != null && !startUrl.isBlank()) ? startUrl.trim() : this.settings.listingUrl();
		try {
			URI uri = URI.create(url);
			if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
				throw new IllegalArgumentException();
			}
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("startUrl", "not an http(s) URL: " + url);
		}
		String siteHost = URI.create(this.settings.listingUrl()).getHost();
		if (siteHost != null && !siteHost.equalsIgnoreCase(URI.create(url).getHost())) {
			throw new InvalidInputException("startUrl", "the crawl reads " + siteHost + " only");
		}
		UUID id = this.crawler.create(workspaceId, actor, url);
		SchedulerClient client = this.scheduler.getIfAvailable();
		if (client != null) {
			client.scheduleIfNotExists(this.task.instance(id.toString(), workspaceId + "/" + id), Instant.now());
		}
		else {
			this.crawler.resume(workspaceId, id);
		}
		return crawl(workspaceId, id).orElseThrow();
	}

	@Override
	public Optional<Crawl> crawl(UUID workspaceId, UUID id) {
		return this.crawler.crawl(workspaceId, id);
	}

	@Override
	public List<Crawl> crawls(UUID workspaceId, int limit) {
		return this.crawler.crawls(workspaceId, limit);
	}

	@Override
	public PageResponse<Tender> tenders(UUID workspaceId, PageQuery page) {
		long total = this.jdbc.sql("SELECT COUNT(*) FROM opp_tenders WHERE workspace_id = ?")
			.param(workspaceId)
			.query(Long.class)
			.single();
		List<Tender> items = this.jdbc.sql(
				"SELECT * FROM opp_tenders WHERE workspace_id = ? ORDER BY imported_at DESC, tender_key LIMIT ? OFFSET ?")
			.params(workspaceId, page.size(), page.offset())
			.query((rs, n) -> new Tender(rs.getString("tender_key"), rs.getString("reference"), rs.getString("object"),
					rs.getString("authority"), rs.getObject("published", LocalDate.class),
					rs.getObject("deadline", LocalDate.class), rs.getString("detail_url"),
					rs.getObject("draft_id", UUID.class),
					rs.getObject("imported_at", OffsetDateTime.class).toInstant()))
			.list();
		return PageResponse.of(items, page, total);
	}

	@Override
	public Report importSamplePages(UUID workspaceId, String actor) {
		TenderPages.Listing listing = TenderPages.listing(resource("tenders/listing.html"));
		List<TenderProblem> problems = new ArrayList<>(listing.problems());
		int imported = 0;
		int known = 0;
		for (TenderPages.Row row : listing.rows()) {
			if (alreadyImported(workspaceId, row.key())) {
				known++;
				continue;
			}
			Map<String, String> detail;
			try {
				detail = TenderPages.detail(resource("tenders/detail-" + row.key() + ".html"));
			}
			catch (IllegalStateException ex) {
				problems.add(TenderProblem.of("detailMissing", row.reference()));
				detail = Map.of();
			}
			if (this.crawler.importTender(workspaceId, null, actor, row, detail, null)) {
				imported++;
			}
			else if (this.crawler.skippedAsExpired(workspaceId, row)) {
				problems.add(TenderProblem.expiredSkipped(row));
			}
			else {
				known++;
			}
		}
		return new Report(imported, known, problems);
	}

	boolean alreadyImported(UUID workspaceId, String key) {
		return this.crawler.known(workspaceId, key);
	}

	static String text(TenderPages.Row row, Map<String, String> detail) {
		StringBuilder text = new StringBuilder("Avis d'appel d'offres\n");
		text.append("Référence : ").append(row.reference()).append('\n');
		String object = detail.getOrDefault("objet", row.object());
		if (object != null) {
			text.append("Objet : ").append(object).append('\n');
		}
		String authority = detail.getOrDefault("autorite contractante", row.authority());
		if (authority != null) {
			text.append("Autorité contractante : ").append(authority).append('\n');
		}
		String deadline = detail.get("date limite");
		if (deadline == null && row.deadline() != null) {
			deadline = row.deadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		}
		if (deadline != null) {
			text.append("Date limite : ").append(deadline).append('\n');
		}
		if (detail.containsKey("description")) {
			text.append(detail.get("description")).append('\n');
		}
		return text.toString();
	}

	private static String resource(String path) {
		try (InputStream in = SampleTenderImports.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + path, ex);
		}
	}

}
