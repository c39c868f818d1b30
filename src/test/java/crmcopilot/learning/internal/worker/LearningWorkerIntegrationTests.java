package crmcopilot.learning.internal.worker;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import crmcopilot.CopilotIntegrationTest;
import crmcopilot.audit.AuditJournal;
import crmcopilot.crawler.PoliteFetcher;
import crmcopilot.crawler.ProductPageParser;
import crmcopilot.learning.internal.CrawlerJob;
import crmcopilot.learning.internal.CrawlerJobStatus;
import crmcopilot.learning.internal.CrawlerJobStore;
import crmcopilot.learning.internal.DatasetStore;
import crmcopilot.learning.internal.ExternalCategory;
import crmcopilot.learning.internal.ExternalData;
import crmcopilot.learning.internal.ExternalDataStore;
import crmcopilot.learning.internal.MerchantConfigStore;
import crmcopilot.learning.internal.RunSource;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.demo.DemoMerchants;
import crmcopilot.learning.internal.external.CrawlerJobProcessor;
import crmcopilot.learning.internal.external.CrawlerJobs;
import crmcopilot.learning.internal.external.ExternalDatasets;
import crmcopilot.learning.internal.training.Deployments;
import crmcopilot.learning.internal.training.MerchantConfigs;
import crmcopilot.learning.internal.training.ModelTraining;
import crmcopilot.learning.internal.training.TrainingData;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CopilotIntegrationTest
class LearningWorkerIntegrationTests {

	@Autowired
	Workspaces workspaces;

	@Autowired
	TrainingData data;

	@Autowired
	MerchantConfigs configs;

	@Autowired
	ModelTraining training;

	@Autowired
	Deployments deployments;

	@Autowired
	CrawlerJobs crawlerJobs;

	@Autowired
	ExternalDatasets external;

	@Autowired
	MerchantConfigStore configStore;

	@Autowired
	DatasetStore datasets;

	@Autowired
	CrawlerJobStore jobs;

	@Autowired
	ExternalDataStore externalStore;

	@Autowired
	LearningWorker worker;

	@Autowired
	AuditJournal journal;

	UUID merchant() {
		String slug = "worker-" + UUID.randomUUID().toString().substring(0, 8);
		return this.workspaces
			.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Europe/Paris", PrivacyLevel.PRIVATE, false))
			.id();
	}

	@Test
	void one_failing_merchant_never_stops_the_others() {
		// given two healthy merchants around one whose stored rows are unreadable
		UUID first = merchant();
		UUID broken = merchant();
		UUID last = merchant();
		this.data.importDataset(first, "a.csv", "purchased", DemoMerchants.csv(2, 200), "test");
		this.configStore.config(broken);
		this.datasets.save(broken, "bad.csv", "purchased", 1,
				"pages_viewed,purchased\n\"never closed,1\n".getBytes(StandardCharsets.UTF_8));
		this.data.importDataset(last, "c.csv", "purchased", DemoMerchants.csv(3, 200), "test");
		this.configs.updateConfig(last, new MerchantConfigs.ConfigChange(null, null, true, 0.0, null, null), "test");

		// when
		LearningWorker.Report report = this.worker.runOnce();

		// then
		assertThat(report.failures()).anyMatch((failure) -> failure.startsWith(broken.toString()));
		assertThat(this.deployments.runs(first)).isNotEmpty();
		assertThat(this.deployments.runs(last)).isNotEmpty();
		assertThat(this.deployments.runs(broken)).isEmpty();
		assertThat(this.deployments.runs(last)).anyMatch(TrainingRun::deployed);
		assertThat(this.journal
			.search(broken, new AuditJournal.Filter(null, "learning.worker.training.failed", null, null, null),
					PageQuery.of(0, 10))
			.items()).hasSize(1);
		assertThat(this.configs.config(first).lastTrainedAt()).isNotNull();
	}

	@Test
	void crawler_jobs_read_offers_from_local_pages_by_priority_into_external_data() throws IOException {
		HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		serve(site, "/robots.txt", "text/plain", "User-agent: *\nDisallow: /admin/\n");
		serve(site, "/sac", "text/html; charset=utf-8",
				"""
						<html><script type="application/ld+json">{"@type":"Product","name":"Sac","offers":{"@type":"Offer",
						"price":"80.00","priceCurrency":"EUR","priceSpecification":{"priceType":"https://schema.org/ListPrice","price":"100.00"}}}
						</script></html>""");
		serve(site, "/echarpe", "text/html",
				"""
						<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Écharpe</span>
						<div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="30">
						<meta itemprop="priceCurrency" content="EUR"></div></div>""");
		site.start();
		String base = "http://127.0.0.1:" + site.getAddress().getPort();
		UUID ops = merchant();
		try {
			CrawlerJob low = this.crawlerJobs.create(ops,
					new CrawlerJobs.NewCrawlerJob("competitor_pricing", List.of(base + "/echarpe"), Map.of(), 2),
					"ops@test");
			CrawlerJob high = this.crawlerJobs.create(ops, new CrawlerJobs.NewCrawlerJob("discount_analysis",
					List.of(base + "/sac", base + "/echarpe", base + "/admin/x"), Map.of(), 9), "ops@test");
			PoliteFetcher fetcher = new PoliteFetcher(new PoliteFetcher.Config("crm-copilot-test",
					"https://example.org", Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ZERO,
					Duration.ofMillis(10), Duration.ofHours(1), Set.of("127.0.0.1")));

			new CrawlerJobProcessor(this.jobs, this.externalStore, fetcher, new ProductPageParser(), this.journal)
				.processPending();

			CrawlerJob doneHigh = this.jobs.job(ops, high.id()).orElseThrow();
			CrawlerJob doneLow = this.jobs.job(ops, low.id()).orElseThrow();
			assertThat(doneHigh.status()).isEqualTo(CrawlerJobStatus.DONE);
			assertThat(doneLow.status()).isEqualTo(CrawlerJobStatus.DONE);
			assertThat(doneHigh.startedAt()).isBeforeOrEqualTo(doneLow.startedAt());
			assertThat(doneHigh.progress().get("offers")).isEqualTo(2);
			assertThat((List<?>) doneHigh.progress().get("failures")).hasSize(1);
			ExternalData discounts = this.external.externalData()
				.stream()
				.filter((data) -> String.valueOf(data.dataSummary().get("jobId")).equals(high.id().toString()))
				.findFirst()
				.orElseThrow();
			assertThat(discounts.dataCategory()).isEqualTo(ExternalCategory.DISCOUNTS);
			assertThat(((Number) discounts.dataSummary().get("avgDiscount")).doubleValue()).isEqualTo(0.1);
			assertThat(((Number) discounts.dataSummary().get("avgPrice")).doubleValue()).isEqualTo(55.0);
			assertThat(discounts.qualityScore()).isCloseTo(0.6 * 2 / 3 + 0.4,
					org.assertj.core.api.Assertions.within(1e-6));
		}
		finally {
			site.stop(0);
		}
	}

	@Test
	void external_features_enter_training_when_the_merchant_enables_them() {
		UUID merchant = merchant();
		this.data.importDataset(merchant, "s.csv", "purchased", DemoMerchants.csv(7, 300), "test");
		ExternalData seasonality = this.external.importOpenDataset("test seasonality", "seasonality",
				"month,value\n1,1.1\n2,0.9\n3,0.95\n11,1.3\n12,1.4\n".getBytes(StandardCharsets.UTF_8), merchant,
				"test");
		assertThat(seasonality.qualityScore()).isCloseTo(5 / 12.0, org.assertj.core.api.Assertions.within(1e-6));

		TrainingRun internal = this.training.train(merchant, "test");
		this.configs.updateConfig(merchant, MerchantConfigs.ConfigChange.sources(Map.of("external", true)), "test");
		TrainingRun hybrid = this.training.train(merchant, "test");

		assertThat(internal.sourceType()).isEqualTo(RunSource.INTERNAL);
		assertThat(hybrid.sourceType()).isEqualTo(RunSource.HYBRID);
		assertThat(String.valueOf(hybrid.trainingData().get("sources"))).contains("external");
	}

	private static void serve(HttpServer server, String path, String type, String body) {
		server.createContext(path, (exchange) -> {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", type);
			exchange.sendResponseHeaders(200, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
	}

}
