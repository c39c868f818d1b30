package crmcopilot.learning.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A crawl of public product pages, summarised into external data.
 *
 * @param priority 1 (low) to 10 (high)
 */
public record CrawlerJob(UUID id, CrawlerJobType jobType, List<String> targetUrls, Map<String, Object> filters,
		CrawlerJobStatus status, Map<String, Object> progress, int priority, Instant createdAt,
		@Nullable Instant startedAt, @Nullable Instant finishedAt) {
}
