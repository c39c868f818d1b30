package crmcopilot.learning.api;

import java.util.Map;

import crmcopilot.learning.internal.LearningPermissions;
import crmcopilot.learning.internal.external.CrawlerJobs;
import crmcopilot.learning.internal.external.ExternalDatasets;
import crmcopilot.learning.internal.federation.AggregationRequest;
import crmcopilot.learning.internal.federation.FederatedAggregation;
import crmcopilot.workspace.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/ai-training/...}: the platform's side of the training API (aggregation,
 * global models, crawler jobs, open datasets).
 */
@RestController
@RequestMapping("/api/ai-training")
class FederationApiController {

	private final FederatedAggregation aggregation;

	private final CrawlerJobs crawlerJobs;

	private final ExternalDatasets external;

	FederationApiController(FederatedAggregation aggregation, CrawlerJobs crawlerJobs, ExternalDatasets external) {
		this.aggregation = aggregation;
		this.crawlerJobs = crawlerJobs;
		this.external = external;
	}

	@PostMapping("/aggregate")
	@PreAuthorize("hasAuthority('" + LearningPermissions.AGGREGATE + "')")
	Envelope aggregate(Caller caller, @RequestBody(required = false) @Nullable AggregationRequest body) {
		AggregationRequest request = (body != null) ? body : AggregationRequest.defaults();
		return Envelope.ok(this.aggregation.aggregate(request, caller.workspaceId(), caller.actor()));
	}

	@GetMapping("/global-models")
	@PreAuthorize("hasAuthority('ai.training.view')")
	Envelope globalModels() {
		return Envelope.ok(Map.of("models", this.aggregation.globalModels()));
	}

	@PostMapping("/crawler-job")
	@PreAuthorize("hasAuthority('ai.crawler.create')")
	Envelope crawlerJob(Caller caller, @RequestBody CrawlerJobs.NewCrawlerJob job) {
		return Envelope.ok(this.crawlerJobs.create(caller.workspaceId(), job, caller.actor()));
	}

	@PostMapping(path = "/external-data/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasAuthority('ai.crawler.create')")
	Envelope importExternal(Caller caller, @RequestParam String name,
			@RequestParam(defaultValue = "seasonality") String category, @RequestBody byte[] csv) {
		return Envelope.ok(this.external.importOpenDataset(name, category, csv, caller.workspaceId(), caller.actor()));
	}

}
