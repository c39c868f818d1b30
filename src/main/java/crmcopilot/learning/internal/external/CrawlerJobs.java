package crmcopilot.learning.internal.external;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.Actors;
import crmcopilot.learning.internal.Inputs;
import crmcopilot.learning.internal.CrawlerJob;
import crmcopilot.learning.internal.CrawlerJobStore;
import crmcopilot.learning.internal.CrawlerJobType;
import crmcopilot.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Crawls of public product pages requested by platform operators. */
@Service
public class CrawlerJobs {

	/** A crawl request, with the values of the JSON API. */
	public record NewCrawlerJob(@Nullable String jobType, @Nullable List<String> targetUrls,
			@Nullable Map<String, Object> filters, @Nullable Integer priority) {
	}

	private final CrawlerJobStore jobs;

	private final AuditJournal journal;

	CrawlerJobs(CrawlerJobStore jobs, AuditJournal journal) {
		this.jobs = jobs;
		this.journal = journal;
	}

	public CrawlerJob create(UUID workspaceId, NewCrawlerJob request, String actor) {
		CrawlerJobType type;
		try {
			type = CrawlerJobType.of(String.valueOf(request.jobType()));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("jobType", "learning.error.job-type", new Object[0],
					"jobType must be competitor_pricing or discount_analysis");
		}
		List<String> urls = request.targetUrls();
		if (urls == null || urls.isEmpty() || urls.size() > 200) {
			throw new InvalidInputException("targetUrls", "learning.error.target-urls", new Object[0],
					"give 1 to 200 target URLs");
		}
		for (String url : urls) {
			if (url == null || url.length() > Inputs.TEXT || !isHttpUrl(url)) {
				throw new InvalidInputException("targetUrls", "learning.error.target-url", new Object[] { url },
						"not an http(s) URL: " + url);
			}
		}
		int priority = (request.priority() != null) ? request.priority() : 5;
		if (priority < 1 || priority > 10) {
			throw new InvalidInputException("priority", "learning.error.priority", new Object[0],
					"priority must be between 1 and 10");
		}
		CrawlerJob job = this.jobs.save(workspaceId, type, urls,
				(request.filters() != null) ? request.filters() : Map.of(), priority, actor);
		this.journal.record(AuditEvent
			.of(workspaceId, "learning.crawler.job.created", "crawler-job", job.id().toString(), null,
					Map.of("jobType", job.jobType().value(), "urls", job.targetUrls().size()))
			.by(actor, Actors.type(actor)));
		return job;
	}

	public List<CrawlerJob> jobs(UUID workspaceId) {
		return this.jobs.jobs(workspaceId, 50);
	}

	private static boolean isHttpUrl(String url) {
		try {
			URI uri = URI.create(url);
			return Set.of("http", "https").contains(String.valueOf(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
