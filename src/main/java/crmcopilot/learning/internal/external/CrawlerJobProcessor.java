package crmcopilot.learning.internal.external;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.crawler.FetchOptions;
import crmcopilot.crawler.FetchResult;
import crmcopilot.crawler.PoliteFetcher;
import crmcopilot.crawler.ProductOffer;
import crmcopilot.crawler.ProductPageParser;
import crmcopilot.learning.internal.CrawlerJob;
import crmcopilot.learning.internal.CrawlerJobStatus;
import crmcopilot.learning.internal.CrawlerJobStore;
import crmcopilot.learning.internal.ExternalData;
import crmcopilot.learning.internal.ExternalDataStore;
import crmcopilot.learning.internal.ExternalSource;
import crmcopilot.learning.internal.RunMetrics;

import org.springframework.stereotype.Component;

/**
 * Runs pending crawler jobs, highest priority first: fetches each target politely, reads
 * schema.org offers, and summarises prices and discounts into shared external data with a
 * quality score.
 */
@Component
public class CrawlerJobProcessor {

	private final CrawlerJobStore jobs;

	private final ExternalDataStore external;

	private final PoliteFetcher fetcher;

	private final ProductPageParser parser;

	private final AuditJournal journal;

	public CrawlerJobProcessor(CrawlerJobStore jobs, ExternalDataStore external, PoliteFetcher fetcher,
			ProductPageParser parser, AuditJournal journal) {
		this.jobs = jobs;
		this.external = external;
		this.fetcher = fetcher;
		this.parser = parser;
		this.journal = journal;
	}

	/** Processes every pending job; returns how many were processed. */
	public int processPending() {
		int processed = 0;
		for (CrawlerJobStore.PendingJob pending : this.jobs.pending()) {
			UUID workspaceId = pending.workspaceId();
			CrawlerJob job = this.jobs.job(workspaceId, pending.id()).orElseThrow();
			if (!this.jobs.transition(workspaceId, job.id(), CrawlerJobStatus.PENDING, CrawlerJobStatus.RUNNING,
					job.progress())) {
				continue;
			}
			process(workspaceId, job);
			processed++;
		}
		return processed;
	}

	private void process(UUID workspaceId, CrawlerJob job) {
		List<ProductOffer> offers = new ArrayList<>();
		List<Map<String, Object>> failures = new ArrayList<>();
		int pagesWithOffers = 0;
		for (String url : job.targetUrls()) {
			FetchResult result = this.fetcher.fetch(URI.create(url), FetchOptions.html());
			if (result instanceof FetchResult.Page page) {
				List<ProductOffer> found = this.parser.parse(page.text());
				offers.addAll(found);
				pagesWithOffers += found.isEmpty() ? 0 : 1;
			}
			else if (result instanceof FetchResult.Failure failure) {
				failures.add(Map.of("url", url, "reason", failure.reason().name(), "detail", failure.detail()));
			}
		}
		Map<String, Object> progress = new LinkedHashMap<>();
		progress.put("done", job.targetUrls().size());
		progress.put("total", job.targetUrls().size());
		progress.put("offers", offers.size());
		progress.put("failures", failures);
		if (offers.isEmpty()) {
			this.jobs.transition(workspaceId, job.id(), CrawlerJobStatus.RUNNING, CrawlerJobStatus.FAILED, progress);
			this.journal.record(
					AuditEvent
						.of(workspaceId, "learning.crawler.job.failed", "crawler-job", job.id().toString(),
								"no offer could be read", Map.of("failures", failures.size()))
						.by("system", "system"));
			return;
		}
		Map<String, Object> summary = summarise(offers);
		summary.put("pages", job.targetUrls().size());
		summary.put("pagesWithOffers", pagesWithOffers);
		summary.put("jobId", job.id().toString());
		double complete = offers.stream().filter((o) -> o.currency() != null).count() / (double) offers.size();
		double quality = RunMetrics.round(0.6 * pagesWithOffers / job.targetUrls().size() + 0.4 * complete);
		ExternalData data = this.external.save(ExternalSource.CRAWLER, job.jobType().value(), job.jobType().category(),
				summary, quality);
		progress.put("externalDataId", data.id().toString());
		this.jobs.transition(workspaceId, job.id(), CrawlerJobStatus.RUNNING, CrawlerJobStatus.DONE, progress);
		this.journal.record(
				AuditEvent
					.of(workspaceId, "learning.crawler.job.done", "crawler-job", job.id().toString(), null,
							Map.of("offers", offers.size(), "quality", quality))
					.by("system", "system"));
	}

	/**
	 * Average, minimum and maximum price, average discount over all offers (0 for offers
	 * without a list price) and the share of discounted offers.
	 */
	static Map<String, Object> summarise(List<ProductOffer> offers) {
		double sum = 0;
		double min = Double.MAX_VALUE;
		double max = 0;
		double discountSum = 0;
		int discounted = 0;
		Map<String, Integer> currencies = new LinkedHashMap<>();
		for (ProductOffer offer : offers) {
			double price = offer.price().doubleValue();
			sum += price;
			min = Math.min(min, price);
			max = Math.max(max, price);
			discountSum += offer.discountRate();
			discounted += (offer.discountRate() > 0) ? 1 : 0;
			if (offer.currency() != null) {
				currencies.merge(offer.currency(), 1, Integer::sum);
			}
		}
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("offers", offers.size());
		summary.put("avgPrice", RunMetrics.round(sum / offers.size()));
		summary.put("minPrice", min);
		summary.put("maxPrice", max);
		summary.put("avgDiscount", RunMetrics.round(discountSum / offers.size()));
		summary.put("discountedShare", RunMetrics.round((double) discounted / offers.size()));
		summary.put("currencies", currencies);
		return summary;
	}

}
