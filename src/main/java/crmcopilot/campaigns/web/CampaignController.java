package crmcopilot.campaigns.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.campaigns.CampaignPermissions;
import crmcopilot.campaigns.CampaignRun;
import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.campaigns.ColumnRole;
import crmcopilot.campaigns.Media;
import crmcopilot.campaigns.Objective;
import crmcopilot.campaigns.Platform;
import crmcopilot.campaigns.internal.Analysis;
import crmcopilot.campaigns.internal.CampaignRunStore;
import crmcopilot.campaigns.internal.DspTransmissions;
import crmcopilot.campaigns.internal.PersonaImages;
import crmcopilot.campaigns.internal.RunCustomers;
import crmcopilot.crm.CustomerSources;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The campaign pages: the list, a new campaign (step 1) and a run's nine steps; the
 * steps' forms post to {@link CampaignStepController}.
 */
@Controller
@RequestMapping("/campaigns")
@PreAuthorize("hasAuthority('" + CampaignPermissions.VIEW + "')")
class CampaignController {

	static final String LIST = "campaigns/campaignList";

	static final String NEW = "campaigns/newCampaign";

	static final String RUN = "campaigns/campaignRun";

	static final String EXAMPLE_BRIEF = "Je veux faire une campagne de recrutement de nouveaux clients sur un produit "
			+ "moyen gamme de façon à recruter autant sur les CSP que les CSP+. Je souhaite définir les paramètres "
			+ "pour ma campagne display sur Pmax de Google.";

	private final CampaignRuns runs;

	private final CampaignRunStore results;

	private final RunCustomers customers;

	private final CustomerSources sources;

	private final JsonMapper json;

	private final DspTransmissions transmissions;

	private final PersonaImages images;

	private final HeatmapCharts heatmaps;

	CampaignController(CampaignRuns runs, CampaignRunStore results, RunCustomers customers, CustomerSources sources,
			JsonMapper json, DspTransmissions transmissions, PersonaImages images, HeatmapCharts heatmaps) {
		this.heatmaps = heatmaps;
		this.runs = runs;
		this.results = results;
		this.customers = customers;
		this.sources = sources;
		this.json = json;
		this.transmissions = transmissions;
		this.images = images;
	}

	@GetMapping
	String list(Caller caller, @RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("runs", this.runs.list(caller.workspaceId(), PageQuery.of(page, 20)));
		return LIST;
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.RUN + "')")
	String initCreationForm(Caller caller, Model model) {
		model.addAttribute("briefText", EXAMPLE_BRIEF);
		model.addAttribute("memory", this.runs.memory(caller.workspaceId()));
		model.addAttribute("brief", null);
		addChoices(model);
		return NEW;
	}

	@PostMapping("/prefill")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.RUN + "')")
	String prefill(Caller caller, @RequestParam String briefText, @RequestParam(required = false) @Nullable String name,
			Model model) {
		if (briefText.isBlank()) {
			model.addAttribute("error", "campaigns.error.form.briefText");
			return initCreationForm(caller, model);
		}
		model.addAttribute("briefText", briefText);
		model.addAttribute("name", name);
		model.addAttribute("memory", this.runs.memory(caller.workspaceId()));
		model.addAttribute("brief", this.runs.prefill(caller.workspaceId(), briefText, null, null));
		addChoices(model);
		return NEW;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + CampaignPermissions.RUN + "')")
	String processCreationForm(Caller caller, @Valid @ModelAttribute("form") NewCampaignForm form, BindingResult result,
			Locale locale, Model model) {
		if (result.hasErrors()) {
			FieldError error = result.getFieldError();
			String field = (error != null) ? error.getField() : "briefText";
			String briefText = form.getBriefText();
			if (briefText == null || briefText.isBlank()) {
				model.addAttribute("error", "campaigns.error.form.briefText");
				return initCreationForm(caller, model);
			}
			prefill(caller, briefText, form.getName(), model);
			model.addAttribute("error", "campaigns.error.form." + field);
			return NEW;
		}
		String name = (form.getName() != null) ? form.getName() : "";
		CampaignRun run = this.runs.create(caller.workspaceId(), caller.actor(), name, form.brief(),
				locale.getLanguage());
		return "redirect:/campaigns/" + run.id();
	}

	@GetMapping("/{id}")
	String show(Caller caller, @PathVariable UUID id, Locale locale, Model model) {
		CampaignRun run = this.runs.find(caller.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("campaign run"));
		model.addAttribute("run", run);
		model.addAttribute("sources", this.sources.list(caller.workspaceId()));
		model.addAttribute("maxUploadMb", this.sources.maxUploadBytes() / (1024 * 1024));
		model.addAttribute("roles", ColumnRole.values());
		this.customers.summary(caller.workspaceId(), run).ifPresent((summary) -> {
			model.addAttribute("data", summary);
			model.addAttribute("columns", summary.columns());
			model.addAttribute("mapping", (run.mapping() != null) ? run.mapping().columns() : Map.of());
		});
		Analysis analysis = this.results.analysis(caller.workspaceId(), id).orElse(null);
		model.addAttribute("analysis", analysis);
		if (analysis != null) {
			model.addAttribute("chartsJson",
					this.json.writeValueAsString(
							Map.of("sizes", analysis.charts().sizes(), "points", analysis.charts().points(), "heatmaps",
									this.heatmaps.of(analysis.charts(), locale), "k", analysis.k())));
			model.addAttribute("imageProvider", this.images.configured());
			model.addAttribute("personaImages", this.images.personasWithImage(caller.workspaceId(), id));
			model.addAttribute("explained1", Math.round(analysis.charts().explained()[0] * 100));
			model.addAttribute("explained2", Math.round(analysis.charts().explained()[1] * 100));
		}
		this.results.finished(caller.workspaceId(), id).ifPresent((finished) -> {
			model.addAttribute("finished", finished);
			model.addAttribute("dspJson",
					this.json.writerWithDefaultPrettyPrinter().writeValueAsString(finished.dsp().payload()));
			this.transmissions.connector(finished.dsp().platform()).ifPresent((connector) -> {
				model.addAttribute("dspConnected", connector.connected(caller.workspaceId()));
				model.addAttribute("transmissions", this.transmissions.attempts(caller.workspaceId(), id));
			});
		});
		return RUN;
	}

	private static void addChoices(Model model) {
		model.addAttribute("objectives", Objective.values());
		model.addAttribute("mediaChoices", Media.values());
		model.addAttribute("platforms", Platform.values());
	}

}
