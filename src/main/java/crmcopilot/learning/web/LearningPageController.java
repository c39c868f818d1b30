package crmcopilot.learning.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.learning.GlobalModel;
import crmcopilot.learning.LearningInsights;
import crmcopilot.learning.LearningPermissions;
import crmcopilot.learning.LearningService;
import crmcopilot.learning.NotEnoughContributorsException;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The AI monitor: configuration, training history, federated rounds, benchmark, patterns,
 * ops view.
 */
@Controller
@RequestMapping("/learning")
class LearningPageController {

	static final String VIEW = "learning/monitor";

	private final LearningService learning;

	private final LearningInsights insights;

	private final JsonMapper json;

	LearningPageController(LearningService learning, LearningInsights insights, JsonMapper json) {
		this.learning = learning;
		this.insights = insights;
		this.json = json;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('ai.training.view')")
	String monitor(Caller caller, Model model) {
		UUID workspace = caller.workspaceId();
		model.addAttribute("config", this.learning.config(workspace));
		model.addAttribute("dataset", this.learning.dataset(workspace).orElse(null));
		model.addAttribute("runs", this.learning.runs(workspace));
		Optional<GlobalModel> global = this.learning.latestGlobal();
		model.addAttribute("global", global.orElse(null));
		model.addAttribute("roundsJson", this.json.writeValueAsString(
				global.map((g) -> g.metrics().get("rounds")).filter(List.class::isInstance).orElse(List.of())));
		model.addAttribute("benchmark", this.insights.benchmark(workspace));
		model.addAttribute("patterns", this.insights.patterns(workspace));
		model.addAttribute("canManage", caller.can(LearningPermissions.MANAGE));
		boolean ops = caller.can(LearningPermissions.CRAWLER_CREATE);
		model.addAttribute("ops", ops);
		if (ops) {
			model.addAttribute("globals", this.learning.globalModels());
			model.addAttribute("jobs", this.learning.crawlerJobs(workspace));
			model.addAttribute("externalData", this.learning.externalData());
		}
		return VIEW;
	}

	@PostMapping("/train")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	String train(Caller caller, RedirectAttributes redirect) {
		return act(redirect, "learning.flash.trained", () -> this.learning.train(caller.workspaceId(), caller.actor()));
	}

	@PostMapping("/train-personalized")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	String trainPersonalized(Caller caller, RedirectAttributes redirect) {
		return act(redirect, "learning.flash.personalized",
				() -> this.learning.trainPersonalized(caller.workspaceId(), caller.actor()));
	}

	@PostMapping("/runs/{id}/deploy")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	String deploy(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, "learning.flash.deployed",
				() -> this.learning.deploy(caller.workspaceId(), id, caller.actor(), "deployed from the AI monitor"));
	}

	@PostMapping("/config")
	@PreAuthorize("hasAuthority('ai.training.manage')")
	String config(Caller caller, @RequestParam String personalizationLevel, @RequestParam String trainingFrequency,
			@RequestParam(defaultValue = "false") boolean autoDeploy, @RequestParam double minConfidence,
			@RequestParam(defaultValue = "false") boolean internal,
			@RequestParam(defaultValue = "false") boolean external,
			@RequestParam(defaultValue = "false") boolean federated, RedirectAttributes redirect) {
		Map<String, Boolean> sources = new LinkedHashMap<>();
		sources.put("internal", internal);
		sources.put("external", external);
		sources.put("federated", federated);
		return act(redirect, "learning.flash.config",
				() -> this.learning.updateConfig(caller.workspaceId(),
						new LearningService.ConfigChange(personalizationLevel, trainingFrequency, autoDeploy,
								minConfidence, sources, null),
						caller.actor()));
	}

	@PostMapping("/aggregate")
	@PreAuthorize("hasAuthority('ai.training.aggregate')")
	String aggregate(Caller caller, @RequestParam(defaultValue = "3") int minContributors,
			RedirectAttributes redirect) {
		return act(redirect, "learning.flash.aggregated",
				() -> this.learning.aggregate(
						new LearningService.AggregationRequest(minContributors, null, null, null, null, null, null),
						caller.workspaceId(), caller.actor()));
	}

	private static String act(RedirectAttributes redirect, String message, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", message);
		}
		catch (InvalidInputException | NotEnoughContributorsException ex) {
			redirect.addFlashAttribute("errorText", ex.getMessage());
		}
		return "redirect:/learning";
	}

}
