package crmcopilot.opportunities.internal;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import crmcopilot.crawler.PoliteFetcher;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenderSettings.class)
class TenderCrawlConfiguration {

	static final String TASK = "tender-crawl";

	@Bean
	TenderCrawler tenderCrawler(OpportunityCapture capture, JdbcClient jdbc, JsonMapper json, PoliteFetcher fetcher,
			TenderSettings settings, TenderExpiry expiry) {
		return new TenderCrawler(capture, jdbc, json, fetcher, settings.maxAttempts(), settings.maxPages(), expiry);
	}

	/**
	 * One execution per crawl ({@code <workspace id>/<crawl id>}); a network failure
	 * throws, and db-scheduler runs it again later with exponential backoff, from the
	 * saved position.
	 */
	@Bean
	OneTimeTask<String> tenderCrawlTask(TenderCrawler crawler, TenderSettings settings) {
		return Tasks.oneTime(TASK, String.class)
			.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(settings.retryBackoff(), 2.0))
			.execute((instance, context) -> {
				String[] ids = instance.getData().split("/");
				TenderCrawler.Outcome outcome = crawler.resume(UUID.fromString(ids[0]), UUID.fromString(ids[1]));
				if (outcome == TenderCrawler.Outcome.RETRY) {
					throw new IllegalStateException("tender crawl " + ids[1] + " interrupted, retrying later");
				}
			});
	}

}
