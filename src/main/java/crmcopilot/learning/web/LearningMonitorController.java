package crmcopilot.learning.web;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.learning.internal.DataSource;
import crmcopilot.learning.internal.GlobalModel;
import crmcopilot.learning.internal.LearningPermissions;
import crmcopilot.learning.internal.MerchantConfig;
import crmcopilot.learning.internal.TrainingFrequency;
import crmcopilot.learning.internal.drift.DriftMonitor;
import crmcopilot.learning.internal.external.CrawlerJobs;
import crmcopilot.learning.internal.external.ExternalDatasets;
import crmcopilot.learning.internal.federation.FederatedAggregation;
import crmcopilot.learning.internal.training.Deployments;
import crmcopilot.learning.internal.training.LearningInsights;
import crmcopilot.learning.internal.training.MerchantConfigs;
import crmcopilot.learning.internal.training.ModelComparison;
import crmcopilot.learning.internal.training.TrainingData;
import crmcopilot.learning.model.Personalization;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.Workspaces;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The AI monitor: configuration, training history, federated rounds, benchmark, patterns,
 * ops view.
 */
@Controller
@RequestMapping("/learning")
class LearningMonitorController {

	static final String VIEW = "learning/monitor";

	private final MerchantConfigs configs;

	private final TrainingData data;

	private final Deployments deployments;

	private final FederatedAggregation aggregation;

	private final LearningInsights insights;

	private final CrawlerJobs crawlerJobs;

	private final ExternalDatasets external;

	private final ModelComparison comparison;

	private final Workspaces workspaces;

	private final JsonMapper json;

	private final DriftMonitor drift;

	LearningMonitorController(MerchantConfigs configs, TrainingData data, Deployments deployments,
			FederatedAggregation aggregation, LearningInsights insights, CrawlerJobs crawlerJobs,
			ExternalDatasets external, ModelComparison comparison, Workspaces workspaces, JsonMapper json,
			DriftMonitor drift) {
		this.drift = drift;
		this.configs = configs;
		this.data = data;
		this.deployments = deployments;
		this.aggregation = aggregation;
		this.insights = insights;
		this.crawlerJobs = crawlerJobs;
		this.external = external;
		this.comparison = comparison;
		this.workspaces = workspaces;
		this.json = json;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('ai.training.view')")
	String monitor(Caller caller, Model model) {
		UUID workspace = caller.workspaceId();
		MerchantConfig config = this.configs.config(workspace);
		model.addAttribute("config", config);
		model.addAttribute("dates",
				this.workspaces.find(workspace)
					.map((w) -> new MonitorDates(w.locale(), w.timeZone()))
					.orElseGet(() -> new MonitorDates(Locale.FRANCE, ZoneOffset.UTC)));
		if (!model.containsAttribute("configForm")) {
			model.addAttribute("configForm", ConfigForm.of(config));
		}
		model.addAttribute("levels", Personalization.values());
		model.addAttribute("frequencies", TrainingFrequency.values());
		model.addAttribute("dataSources", DataSource.values());
		model.addAttribute("dataset", this.data.dataset(workspace).orElse(null));
		model.addAttribute("runs", this.deployments.runs(workspace));
		model.addAttribute("deployments", this.deployments.history(workspace));
		Optional<GlobalModel> global = this.aggregation.latestGlobal();
		model.addAttribute("global", global.orElse(null));
		model.addAttribute("roundsJson", this.json.writeValueAsString(
				global.map((g) -> g.metrics().get("rounds")).filter(List.class::isInstance).orElse(List.of())));
		model.addAttribute("benchmark", this.insights.benchmark(workspace));
		model.addAttribute("patterns", this.insights.patterns(workspace));
		model.addAttribute("comparison", this.comparison.scores(workspace).orElse(null));
		model.addAttribute("drift", this.drift.status(workspace).orElse(null));
		model.addAttribute("canManage", caller.can(LearningPermissions.MANAGE));
		boolean ops = caller.can(LearningPermissions.CRAWLER_CREATE);
		model.addAttribute("ops", ops);
		if (ops) {
			model.addAttribute("globals", this.aggregation.globalModels());
			model.addAttribute("federation", this.comparison.federation());
			model.addAttribute("jobs", this.crawlerJobs.jobs(workspace));
			model.addAttribute("externalData", this.external.externalData());
		}
		return VIEW;
	}

}
