package crmcopilot.learning.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.learning.LearningInsights;
import crmcopilot.learning.LearningPermissions;
import crmcopilot.learning.LearningService;
import crmcopilot.learning.TrainingRun;
import crmcopilot.workspace.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/ai-training/...}: the training API of the original design. */
@RestController
@RequestMapping("/api/ai-training")
class TrainingApiController {

	private final LearningService learning;

	private final LearningInsights insights;

	TrainingApiController(LearningService learning, LearningInsights insights) {
		this.learning = learning;
		this.insights = insights;
	}

	@PostMapping("/train")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	Envelope train(Caller caller) {
		return Envelope.ok(this.learning.train(caller.workspaceId(), caller.actor()));
	}

	@PostMapping("/train-personalized")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	Envelope trainPersonalized(Caller caller) {
		return Envelope.ok(this.learning.trainPersonalized(caller.workspaceId(), caller.actor()));
	}

	@PostMapping("/aggregate")
	@PreAuthorize("hasAuthority('" + LearningPermissions.AGGREGATE + "')")
	Envelope aggregate(Caller caller,
			@RequestBody(required = false) LearningService.@Nullable AggregationRequest body) {
		LearningService.AggregationRequest request = (body != null) ? body
				: LearningService.AggregationRequest.defaults();
		return Envelope.ok(this.learning.aggregate(request, caller.workspaceId(), caller.actor()));
	}

	@GetMapping("/runs")
	@PreAuthorize("hasAuthority('ai.training.view')")
	Envelope runs(Caller caller) {
		List<TrainingRun> runs = this.learning.runs(caller.workspaceId());
		return Envelope.ok(Map.of("runs", runs, "total", runs.size()));
	}

	@GetMapping("/config")
	@PreAuthorize("hasAuthority('ai.training.view')")
	Envelope config(Caller caller) {
		return Envelope.ok(this.learning.config(caller.workspaceId()));
	}

	@PutMapping("/config")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	Envelope updateConfig(Caller caller, @RequestBody LearningService.ConfigChange change) {
		return Envelope.ok(this.learning.updateConfig(caller.workspaceId(), change, caller.actor()));
	}

	@PostMapping("/crawler-job")
	@PreAuthorize("hasAuthority('ai.crawler.create')")
	Envelope crawlerJob(Caller caller, @RequestBody LearningService.NewCrawlerJob job) {
		return Envelope.ok(this.learning.createCrawlerJob(caller.workspaceId(), job, caller.actor()));
	}

	@PostMapping("/{id}/deploy")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	Envelope deploy(Caller caller, @PathVariable UUID id) {
		return Envelope.ok(this.learning.deploy(caller.workspaceId(), id, caller.actor(), "deployed through the API"));
	}

	@PostMapping(path = "/dataset", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasAuthority('ai.training.manage')")
	Envelope dataset(Caller caller, @RequestParam(defaultValue = "purchased") String label,
			@RequestParam(defaultValue = "sessions.csv") String name, @RequestBody byte[] csv) {
		return Envelope.ok(this.learning.importDataset(caller.workspaceId(), name, label, csv, caller.actor()));
	}

	@GetMapping("/benchmark")
	@PreAuthorize("hasAuthority('ai.training.view')")
	Envelope benchmark(Caller caller) {
		return Envelope.ok(this.insights.benchmark(caller.workspaceId()));
	}

	@GetMapping("/patterns")
	@PreAuthorize("hasAuthority('ai.training.view')")
	Envelope patterns(Caller caller) {
		return Envelope.ok(this.insights.patterns(caller.workspaceId()));
	}

	@GetMapping("/global-models")
	@PreAuthorize("hasAuthority('ai.training.view')")
	Envelope globalModels() {
		return Envelope.ok(Map.of("models", this.learning.globalModels()));
	}

	@PostMapping("/agent-token")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	Envelope agentToken(Caller caller, @RequestParam(defaultValue = "agent") String name) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("name", name);
		data.put("token", this.learning.issueAgentToken(caller.workspaceId(), name, caller.actor()));
		return Envelope.ok(data);
	}

	@PostMapping(path = "/external-data/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasAuthority('ai.crawler.create')")
	Envelope importExternal(Caller caller, @RequestParam String name,
			@RequestParam(defaultValue = "seasonality") String category, @RequestBody byte[] csv) {
		return Envelope.ok(this.learning.importOpenDataset(name, category, csv, caller.workspaceId(), caller.actor()));
	}

}
