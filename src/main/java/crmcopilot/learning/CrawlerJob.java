package crmcopilot.learning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A crawl of public product pages, summarised into external data.
 *
 * @param jobType {@code competitor_pricing} or {@code discount_analysis}
 * @param status {@code pending}, {@code running}, {@code done} or {@code failed}
 * @param priority 1 (low) to 10 (high)
 */
public record CrawlerJob(UUID id, String jobType, List<String> targetUrls, Map<String, Object> filters, String status,
		Map<String, Object> progress, int priority, Instant createdAt, @Nullable Instant startedAt,
		@Nullable Instant finishedAt) {
}
