package crmcopilot.learning.api;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.federation.AgentTokens;
import crmcopilot.learning.internal.training.Deployments;
import crmcopilot.learning.internal.training.LearningInsights;
import crmcopilot.learning.internal.training.MerchantConfigs;
import crmcopilot.learning.internal.training.ModelTraining;
import crmcopilot.learning.internal.training.TrainingData;
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

/**
 * {@code /api/ai-training/...}: a merchant's side of the training API of the original
 * design (data, training, deploys, configuration, insights, agent tokens).
 */
@RestController
@RequestMapping("/api/ai-training")
class TrainingApiController {

	private final TrainingData data;

	private final ModelTraining training;

	private final Deployments deployments;

	private final MerchantConfigs configs;

	private final LearningInsights insights;

	private final AgentTokens agentTokens;

	TrainingApiController(TrainingData data, ModelTraining training, Deployments deployments, MerchantConfigs configs,
			LearningInsights insights, AgentTokens agentTokens) {
		this.data = data;
		this.training = training;
		this.deployments = deployments;
		this.configs = configs;
		this.insights = insights;
		this.agentTokens = agentTokens;
	}

	@PostMapping("/train")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	Envelope train(Caller caller) {
		return Envelope.ok(this.training.train(caller.workspaceId(), caller.actor()));
	}

	@PostMapping("/train-personalized")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	Envelope trainPersonalized(Caller caller) {
		return Envelope.ok(this.training.trainPersonalized(caller.workspaceId(), caller.actor()));
	}

	@GetMapping("/runs")
	@PreAuthorize("hasAuthority('ai.training.view')")
	Envelope runs(Caller caller) {
		List<TrainingRun> runs = this.deployments.runs(caller.workspaceId());
		return Envelope.ok(Map.of("runs", runs, "total", runs.size()));
	}

	/**
	 * The body of a deploy or a rollback, optional.
	 *
	 * @param force deploy even when the run scores lower than the deployed model (needs a
	 * reason)
	 */
	record DeployBody(@Nullable Boolean force, @Nullable String reason) {
	}

	@PostMapping("/{id}/deploy")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	Envelope deploy(Caller caller, @PathVariable UUID id, @RequestBody(required = false) @Nullable DeployBody body) {
		boolean force = body != null && Boolean.TRUE.equals(body.force());
		// a forced deploy must say why: the default reason only stands for ordinary
		// deploys
		String reason = (body != null && body.reason() != null) ? body.reason()
				: (force ? null : "deployed through the API");
		return Envelope.ok(this.deployments.deploy(caller.workspaceId(), id, caller.actor(),
				new Deployments.DeployRequest(force, reason)));
	}

	/** Puts back the model deployed before the current one. */
	@PostMapping("/rollback")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	Envelope rollback(Caller caller, @RequestBody(required = false) @Nullable DeployBody body) {
		return Envelope
			.ok(this.deployments.rollback(caller.workspaceId(), caller.actor(), (body != null) ? body.reason() : null));
	}

	@GetMapping("/deployments")
	@PreAuthorize("hasAuthority('ai.training.view')")
	Envelope deployments(Caller caller) {
		return Envelope.ok(Map.of("deployments", this.deployments.history(caller.workspaceId())));
	}

	@GetMapping("/config")
	@PreAuthorize("hasAuthority('ai.training.view')")
	Envelope config(Caller caller) {
		return Envelope.ok(this.configs.config(caller.workspaceId()));
	}

	@PutMapping("/config")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	Envelope updateConfig(Caller caller, @RequestBody MerchantConfigs.ConfigChange change) {
		return Envelope.ok(this.configs.updateConfig(caller.workspaceId(), change, caller.actor()));
	}

	/** The body is read up to the dataset size limit, never further. */
	@PostMapping(path = "/dataset", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasAuthority('ai.training.manage')")
	Envelope dataset(Caller caller, @RequestParam(defaultValue = "purchased") String label,
			@RequestParam(defaultValue = "sessions.csv") String name, InputStream csv) {
		return Envelope.ok(this.data.importDataset(caller.workspaceId(), name, label, csv, caller.actor()));
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

	@PostMapping("/agent-token")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	Envelope agentToken(Caller caller, @RequestParam(defaultValue = "agent") String name) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("name", name);
		data.put("token", this.agentTokens.issue(caller.workspaceId(), name, caller.actor()));
		return Envelope.ok(data);
	}

}
