package crmcopilot.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.crawler.PoliteFetcher;
import crmcopilot.crawler.ProductPageParser;
import crmcopilot.learning.internal.LearningStore;

import org.springframework.stereotype.Service;

/**
 * The nightly learning worker: (1) trains merchants whose frequency is due, (2)
 * aggregates when enough new runs exist, (3) processes pending crawler jobs by priority,
 * (4) auto-deploys models above the merchant's confidence threshold that beat the
 * deployed one. Each step is journalled; one merchant's failure is recorded and never
 * stops the others.
 */
@Service
public class LearningWorker {

	private static final Logger log = LoggerFactory.getLogger(LearningWorker.class);

	/**
	 * What one pass did.
	 *
	 * @param failures merchant id and message of every failure
	 */
	public record Report(int trained, int aggregatedModels, int crawlerJobs, int deployed, List<String> failures) {

		public String summary() {
			return "trained=%d aggregated=%d crawler_jobs=%d deployed=%d failures=%d".formatted(this.trained,
					this.aggregatedModels, this.crawlerJobs, this.deployed, this.failures.size());
		}

	}

	private final LearningService learning;

	private final LearningStore store;

	private final AuditJournal journal;

	private final CrawlerJobProcessor crawler;

	private final LearningJdbcSources jdbcSources;

	LearningWorker(LearningService learning, LearningJdbcSources jdbcSources, AuditJournal journal,
			PoliteFetcher fetcher, ProductPageParser parser) {
		this.learning = learning;
		this.jdbcSources = jdbcSources;
		this.store = learning.store();
		this.journal = journal;
		this.crawler = new CrawlerJobProcessor(this.store, fetcher, parser, journal);
	}

	public Report runOnce() {
		return runOnce(this.crawler);
	}

	Report runOnce(CrawlerJobProcessor crawlerJobs) {
		List<String> failures = new ArrayList<>();
		int trained = trainDue(failures);
		int aggregated = aggregateIfEnough();
		int jobs = 0;
		try {
			jobs = crawlerJobs.processPending();
		}
		catch (RuntimeException ex) {
			log.error("Crawler jobs failed", ex);
			failures.add("crawler: " + ex.getMessage());
		}
		int deployed = autoDeploy(failures);
		Report report = new Report(trained, aggregated, jobs, deployed, failures);
		this.journal.record(
				AuditEvent
					.of(LearningStore.PLATFORM, "learning.worker.completed", "worker", null, null,
							Map.of("trained", trained, "aggregated", aggregated, "crawlerJobs", jobs, "deployed",
									deployed, "failures", failures.size()))
					.by("system", "system"));
		return report;
	}

	private int trainDue(List<String> failures) {
		int trained = 0;
		Instant now = Instant.now();
		for (MerchantConfig config : this.store.allConfigs()) {
			UUID merchant = config.merchantId();
			if (!isDue(config, now) || this.store.latestDataset(merchant).isEmpty()) {
				continue;
			}
			try {
				this.jdbcSources.refresh(merchant, "system");
				this.learning.train(merchant, "system");
				trained++;
			}
			catch (RuntimeException ex) {
				failures.add(merchant + ": " + ex.getMessage());
				this.journal.record(
						AuditEvent
							.of(merchant, "learning.worker.training.failed", "merchant-config", merchant.toString(),
									ex.getMessage(), Map.of())
							.by("system", "system"));
			}
		}
		return trained;
	}

	static boolean isDue(MerchantConfig config, Instant now) {
		if (config.lastTrainedAt() == null) {
			return true;
		}
		Duration period = switch (config.trainingFrequency()) {
			case "daily" -> Duration.ofHours(23);
			case "monthly" -> Duration.ofDays(30);
			default -> Duration.ofDays(7);
		};
		return !config.lastTrainedAt().plus(period).isAfter(now);
	}

	private int aggregateIfEnough() {
		int fresh = this.store.countUnaggregatedRuns();
		if (fresh < this.learning.settings().minNewRuns()) {
			return 0;
		}
		try {
			this.learning.aggregate(LearningService.AggregationRequest.defaults(), LearningStore.PLATFORM, "system");
			return 1;
		}
		catch (NotEnoughContributorsException ex) {
			this.journal.record(
					AuditEvent
						.of(LearningStore.PLATFORM, "learning.worker.aggregation.skipped", "worker", null,
								ex.getMessage(), Map.of())
						.by("system", "system"));
			return 0;
		}
	}

	private int autoDeploy(List<String> failures) {
		int deployed = 0;
		for (MerchantConfig config : this.store.allConfigs()) {
			if (!config.autoDeploy()) {
				continue;
			}
			UUID merchant = config.merchantId();
			try {
				List<TrainingRun> runs = this.store.runs(merchant, 50);
				Optional<TrainingRun> current = runs.stream().filter(TrainingRun::deployed).findFirst();
				Optional<TrainingRun> candidate = runs.stream()
					.filter((run) -> !run.deployed())
					.filter((run) -> run.metric("confidence") >= config.minConfidence())
					.filter((run) -> !Boolean.FALSE.equals(run.metrics().get("deployable")))
					.filter((run) -> current.isEmpty() || run.metric("auc") > current.get().metric("auc"))
					.max(Comparator.comparingDouble((TrainingRun run) -> run.metric("auc")));
				if (candidate.isPresent()) {
					this.learning.deploy(merchant, candidate.get().id(), "system", "auto-deploy: confidence %.3f ≥ %.2f"
						.formatted(candidate.get().metric("confidence"), config.minConfidence()));
					deployed++;
				}
			}
			catch (RuntimeException ex) {
				failures.add(merchant + ": " + ex.getMessage());
				this.journal.record(
						AuditEvent
							.of(merchant, "learning.worker.deploy.failed", "merchant-config", merchant.toString(),
									ex.getMessage(), Map.of())
							.by("system", "system"));
			}
		}
		return deployed;
	}

}
