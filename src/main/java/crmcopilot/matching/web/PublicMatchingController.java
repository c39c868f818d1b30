package crmcopilot.matching.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import crmcopilot.ai.AiGateway;
import crmcopilot.matching.Cities;
import crmcopilot.matching.ClientCase;
import crmcopilot.matching.ExplainMatchTask;
import crmcopilot.matching.MatchingService;
import crmcopilot.matching.RankedShopper;
import crmcopilot.matching.internal.DemoProfiles;
import crmcopilot.matching.internal.MatchingSettings;
import crmcopilot.web.NotFoundException;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public client form of a workspace (no account) and the client's result page: the
 * ranked shoppers with their breakdown and the explanation of the best one.
 */
@Controller
@RequestMapping("/public/matching/{slug}")
class PublicMatchingController {

	static final String FORM = "matching/publicForm";

	static final String RESULT = "matching/publicResult";

	private final Workspaces workspaces;

	private final MatchingService matching;

	private final AiGateway gateway;

	private final ExplainMatchTask explainMatch;

	private final SubmissionLimiter limiter;

	private final MatchingSettings settings;

	PublicMatchingController(Workspaces workspaces, MatchingService matching, AiGateway gateway,
			ExplainMatchTask explainMatch, SubmissionLimiter limiter, MatchingSettings settings) {
		this.workspaces = workspaces;
		this.matching = matching;
		this.gateway = gateway;
		this.explainMatch = explainMatch;
		this.limiter = limiter;
		this.settings = settings;
	}

	@GetMapping
	String initForm(@PathVariable String slug, Model model) {
		Workspace workspace = workspace(slug);
		ClientForm form = new ClientForm();
		form.setLanguage("en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "fr");
		return form(workspace, form, Map.of(), model);
	}

	@PostMapping
	String processForm(@PathVariable String slug, @ModelAttribute("form") ClientForm form, HttpServletRequest request,
			Model model, jakarta.servlet.http.HttpServletResponse response) {
		Workspace workspace = workspace(slug);
		if (!this.limiter.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("error", "matching.form.error.rate");
			return form(workspace, form, Map.of(), model);
		}
		Map<String, String> errors = form.validate();
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(workspace, form, errors, model);
		}
		var client = this.matching.submit(workspace.id(), form.toRequest(), form.isConsent(),
				"public-form:/public/matching/" + slug);
		return "redirect:/public/matching/" + slug + "/result/" + client.id();
	}

	@GetMapping("/result/{clientId}")
	String result(@PathVariable String slug, @PathVariable UUID clientId, Model model) {
		Workspace workspace = workspace(slug);
		ClientCase client = this.matching.client(workspace.id(), clientId)
			.orElseThrow(() -> new NotFoundException("matching"));
		List<RankedShopper> ranked = this.matching.rank(workspace.id(), client.request());
		List<RankedShopper> shown = ranked.subList(0, Math.min(ranked.size(), this.settings.resultCount()));
		model.addAttribute("workspace", workspace);
		model.addAttribute("client", client);
		model.addAttribute("ranked", shown);
		if (!shown.isEmpty()) {
			RankedShopper best = shown.get(0);
			model.addAttribute("explanation",
					this.gateway
						.run(workspace.id(), this.explainMatch,
								new ExplainMatchTask.Input(client.request(), best.shopper(), best.breakdown()))
						.result());
		}
		return RESULT;
	}

	private String form(Workspace workspace, ClientForm form, Map<String, String> errors, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("styles", DemoProfiles.STYLES);
		model.addAttribute("goals", DemoProfiles.GOALS);
		model.addAttribute("lifeMoments", DemoProfiles.LIFE_MOMENTS);
		model.addAttribute("morphologies", DemoProfiles.MORPHOLOGIES);
		model.addAttribute("slots", DemoProfiles.SLOTS);
		model.addAttribute("cities", Cities.bundled().all());
		return FORM;
	}

	private Workspace workspace(String slug) {
		return this.workspaces.findBySlug(slug).orElseThrow(() -> new NotFoundException("matching"));
	}

}
