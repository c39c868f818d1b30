package crmcopilot.opportunities.internal;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import crmcopilot.crawler.FetchFailure;
import crmcopilot.crawler.FetchOptions;
import crmcopilot.crawler.FetchResult;
import crmcopilot.crawler.PoliteFetcher;
import crmcopilot.shared.Texts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resumable crawl of marchespublics.sn listings through the {@link PoliteFetcher}:
 * every listing page, then each new tender's detail page, one draft per tender key.
 * Progress (next listing page, counters, problems) is saved after every tender, so a
 * crawl interrupted by a timeout, a 5xx or a restart continues where it stopped.
 */
class TenderCrawler {

	private static final Logger log = LoggerFactory.getLogger(TenderCrawler.class);

	enum Outcome {

		DONE, RETRY, FAILED

	}

	static final String RUNNING = "RUNNING";

	static final String RETRYING = "RETRYING";

	private final OpportunityCapture capture;

	private final TenderExpiry expiry;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final PoliteFetcher fetcher;

	private final int maxAttempts;

	private final int maxPages;

	TenderCrawler(OpportunityCapture capture, JdbcClient jdbc, JsonMapper json, PoliteFetcher fetcher, int maxAttempts,
			int maxPages, TenderExpiry expiry) {
		this.expiry = expiry;
		this.capture = capture;
		this.jdbc = jdbc;
		this.json = json;
		this.fetcher = fetcher;
		this.maxAttempts = maxAttempts;
		this.maxPages = maxPages;
	}

	UUID create(UUID workspaceId, String actor, String startUrl) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = now();
		this.jdbc.sql("""
				INSERT INTO opp_tender_crawls (id, workspace_id, start_url, next_url, status, pages_read, imported,
				  already_known, problems, attempts, created_by, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, 0, 0, 0, '[]', 0, ?, ?, ?)""")
			.params(id, workspaceId, startUrl, startUrl, RUNNING, actor, now, now)
			.update();
		return id;
	}

	/** Continues a crawl from its saved position. */
	Outcome resume(UUID workspaceId, UUID crawlId) {
		TenderImports.Crawl crawl = crawl(workspaceId, crawlId)
			.orElseThrow(() -> new IllegalStateException("no crawl " + crawlId));
		if (crawl.status().equals("DONE") || crawl.status().equals("FAILED")) {
			return Outcome.DONE;
		}
		List<TenderProblem> problems = new ArrayList<>(crawl.problems());
		int imported = crawl.imported();
		int known = crawl.alreadyKnown();
		int pages = crawl.pagesRead();
		Set<String> visited = new HashSet<>();
		String next = crawl.nextUrl();
		boolean mayDiscover = pages == 0 && next != null && next.equals(crawl.startUrl());
		while (next != null) {
			if (!visited.add(next) || pages >= this.maxPages) {
				break;
			}
			URI listingUri = URI.create(next);
			FetchResult result = this.fetcher.fetch(listingUri, FetchOptions.html());
			boolean missing = (result instanceof FetchResult.Failure failure)
					&& failure.reason() == FetchFailure.HTTP_ERROR
					&& (failure.status() == 404 || failure.status() == 410);
			if (mayDiscover && (missing || (result instanceof FetchResult.Page first
					&& TenderPages.listing(decode(first)).rows().isEmpty()))) {
				mayDiscover = false;
				String found = discover(listingUri, visited);
				if (found != null) {
					problems.add(missing
							? TenderProblem.of("listingNotFound", next, ((FetchResult.Failure) result).status(), found)
							: TenderProblem.of("listingMoved", next, found));
					this.jdbc.sql("UPDATE opp_tender_crawls SET start_url = ? WHERE workspace_id = ? AND id = ?")
						.params(Texts.truncate(found, 1000), workspaceId, crawlId)
						.update();
					save(workspaceId, crawlId, found, pages, imported, known, problems);
					next = found;
					continue;
				}
			}
			mayDiscover = false;
			if (!(result instanceof FetchResult.Page page)) {
				return failed(workspaceId, crawl, (FetchResult.Failure) result, "listing " + next);
			}
			String html = decode(page);
			TenderPages.Listing listing = TenderPages.listing(html);
			problems.addAll(listing.problems());
			if (listing.rows().isEmpty()) {
				problems.add(TenderProblem.of("noRows", next(listingUri)));
			}
			for (TenderPages.Row row : listing.rows()) {
				if (known(workspaceId, row.key())) {
					known++;
					continue;
				}
				URI detailUri = page.finalUri().resolve(row.detailPath());
				Map<String, String> detail = Map.of();
				FetchResult detailResult = this.fetcher.fetch(detailUri, FetchOptions.html());
				if (detailResult instanceof FetchResult.Page detailPage) {
					detail = TenderPages.detail(decode(detailPage));
					if (detail.isEmpty()) {
						problems.add(TenderProblem.of("detailUnreadable", row.reference()));
					}
				}
				else {
					FetchResult.Failure failure = (FetchResult.Failure) detailResult;
					if (transientFailure(failure)) {
						save(workspaceId, crawlId, next, pages, imported, known, problems);
						return failed(workspaceId, crawl(workspaceId, crawlId).orElseThrow(), failure,
								"detail " + detailUri);
					}
					problems.add(
							TenderProblem.of("detailUnavailable", row.reference(), failure.reason(), failure.status()));
				}
				if (importTender(workspaceId, crawlId, crawl.createdBy(), row, detail, detailUri.toString())) {
					imported++;
				}
				else if (skippedAsExpired(workspaceId, row)) {
					problems.add(TenderProblem.expiredSkipped(row));
				}
				else {
					known++;
				}
				save(workspaceId, crawlId, next, pages, imported, known, problems);
			}
			pages++;
			String following = TenderPages.nextPage(html);
			next = (following != null) ? page.finalUri().resolve(following).toString() : null;
			save(workspaceId, crawlId, next, pages, imported, known, problems);
			this.jdbc
				.sql("UPDATE opp_tender_crawls SET attempts = 0, last_error = NULL WHERE workspace_id = ? AND id = ?")
				.params(workspaceId, crawlId)
				.update();
		}
		this.jdbc.sql("""
				UPDATE opp_tender_crawls SET status = 'DONE', next_url = NULL, updated_at = ?
				WHERE workspace_id = ? AND id = ?""").params(now(), workspaceId, crawlId).update();
		log.info("Tender crawl {} done: {} imported, {} known, {} pages", crawlId, imported, known, pages);
		return Outcome.DONE;
	}

	/**
	 * The tender listing, found from the links of the site's home page when the
	 * configured address is wrong: the first candidate on the same host whose page has
	 * tender rows; null when none has.
	 */
	@Nullable String discover(URI wrong, Set<String> visited) {
		URI home = wrong.resolve("/");
		FetchResult result = this.fetcher.fetch(home, FetchOptions.html());
		if (!(result instanceof FetchResult.Page page)) {
			log.info("Tender listing {} not found and home page {} unavailable", wrong, home);
			return null;
		}
		for (String link : TenderPages.listingLinks(decode(page))) {
			URI candidate;
			try {
				candidate = page.finalUri().resolve(link);
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
			if (candidate.getHost() == null || !candidate.getHost().equalsIgnoreCase(wrong.getHost())
					|| visited.contains(candidate.toString()) || candidate.equals(wrong)) {
				continue;
			}
			FetchResult listing = this.fetcher.fetch(candidate, FetchOptions.html());
			if (listing instanceof FetchResult.Page found && !TenderPages.listing(decode(found)).rows().isEmpty()) {
				log.info("Tender listing {} not usable; {} found from the home page", wrong, candidate);
				return candidate.toString();
			}
		}
		return null;
	}

	private static String next(URI uri) {
		return uri.toString();
	}

	/**
	 * Imports a tender once into a draft; one whose deadline has passed is skipped or
	 * imported closed, as the workspace chooses. False when known or skipped.
	 */
	boolean importTender(UUID workspaceId, @Nullable UUID crawlId, String actor, TenderPages.Row row,
			Map<String, String> detail, @Nullable String detailUrl) {
		boolean expired = this.expiry.expired(workspaceId, row.deadline());
		if (expired && this.expiry.skips(workspaceId)) {
			return false;
		}
		OpportunityDraft draft = this.capture.submit(workspaceId, actor, new OpportunityCapture.Submission(
				OpportunityCapture.TENDER, row.key(), SampleTenderImports.text(row, detail), row.published()));
		try {
			this.jdbc
				.sql("""
						INSERT INTO opp_tenders (workspace_id, tender_key, reference, object, authority, published, deadline,
						  detail_url, draft_id, crawl_id, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(workspaceId, row.key(), Texts.truncate(row.reference(), 255),
						detail.getOrDefault("objet", row.object()),
						Texts.truncate(detail.getOrDefault("autorite contractante", row.authority()), 500),
						row.published(), row.deadline(), Texts.truncate(detailUrl, 1000), draft.id(), crawlId, now())
				.update();
			if (expired && !draft.duplicate() && draft.status() == OpportunityDraft.Status.DRAFT) {
				this.capture.reject(workspaceId, actor, draft.id(), this.expiry.reason(workspaceId, row.deadline()));
			}
			return !draft.duplicate();
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	boolean skippedAsExpired(UUID workspaceId, TenderPages.Row row) {
		return this.expiry.expired(workspaceId, row.deadline()) && this.expiry.skips(workspaceId);
	}

	boolean known(UUID workspaceId, String key) {
		return this.jdbc
			.sql("""
					SELECT (SELECT COUNT(*) FROM opp_tenders WHERE workspace_id = ? AND tender_key = ?)
					     + (SELECT COUNT(*) FROM opp_drafts WHERE workspace_id = ? AND source_kind = ? AND source_name = ?)""")
			.params(workspaceId, key, workspaceId, OpportunityCapture.TENDER, key)
			.query(Long.class)
			.single() > 0;
	}

	private Outcome failed(UUID workspaceId, TenderImports.Crawl crawl, FetchResult.Failure failure, String what) {
		int attempts = crawl.attempts() + 1;
		boolean retry = transientFailure(failure) && attempts < this.maxAttempts;
		String error = what + ": " + failure.reason() + ((failure.status() > 0) ? " " + failure.status() : "") + " — "
				+ failure.detail();
		this.jdbc.sql("""
				UPDATE opp_tender_crawls SET status = ?, attempts = ?, last_error = ?, updated_at = ?
				WHERE workspace_id = ? AND id = ?""")
			.params(retry ? RETRYING : "FAILED", attempts, Texts.truncate(error, 1000), now(), workspaceId, crawl.id())
			.update();
		log.info("Tender crawl {}: {} ({})", crawl.id(), error, retry ? "will retry" : "failed");
		return retry ? Outcome.RETRY : Outcome.FAILED;
	}

	static boolean transientFailure(FetchResult.Failure failure) {
		return failure.reason() == FetchFailure.TIMEOUT || failure.reason() == FetchFailure.NETWORK_ERROR
				|| (failure.reason() == FetchFailure.HTTP_ERROR
						&& (failure.status() >= 500 || failure.status() == 429));
	}

	private void save(UUID workspaceId, UUID crawlId, @Nullable String next, int pages, int imported, int known,
			List<TenderProblem> problems) {
		List<TenderProblem> kept = (problems.size() > 200) ? problems.subList(problems.size() - 200, problems.size())
				: problems;
		this.jdbc
			.sql("""
					UPDATE opp_tender_crawls SET next_url = ?, pages_read = ?, imported = ?, already_known = ?, problems = ?,
					  status = 'RUNNING', updated_at = ? WHERE workspace_id = ? AND id = ?""")
			.params(next, pages, imported, known, this.json.writeValueAsString(kept), now(), workspaceId, crawlId)
			.update();
	}

	java.util.Optional<TenderImports.Crawl> crawl(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT * FROM opp_tender_crawls WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(this::toCrawl)
			.optional();
	}

	List<TenderImports.Crawl> crawls(UUID workspaceId, int limit) {
		return this.jdbc.sql("SELECT * FROM opp_tender_crawls WHERE workspace_id = ? ORDER BY created_at DESC LIMIT ?")
			.params(workspaceId, Math.max(1, Math.min(limit, 100)))
			.query(this::toCrawl)
			.list();
	}

	private TenderImports.Crawl toCrawl(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		List<TenderProblem> list = new ArrayList<>();
		String problems = rs.getString("problems");
		if (problems != null) {
			// crawls recorded before problems kept their code hold English text
			for (JsonNode problem : this.json.readTree(problems)) {
				list.add(problem.isString() ? TenderProblem.of("text", problem.asString())
						: this.json.treeToValue(problem, TenderProblem.class));
			}
		}
		return new TenderImports.Crawl(rs.getObject("id", UUID.class), rs.getString("start_url"),
				rs.getString("next_url"), rs.getString("status"), rs.getInt("pages_read"), rs.getInt("imported"),
				rs.getInt("already_known"), list, rs.getInt("attempts"), rs.getString("last_error"),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * The page's text: its declared charset, else UTF-8 when valid, else ISO-8859-1 (the
	 * site's Joomla pages).
	 */
	static String decode(FetchResult.Page page) {
		if (!page.charset().equals(StandardCharsets.UTF_8)) {
			return page.text();
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(page.body()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(page.body(), StandardCharsets.ISO_8859_1);
		}
	}

	private static OffsetDateTime now() {
		return Instant.now().atOffset(ZoneOffset.UTC);
	}

}
