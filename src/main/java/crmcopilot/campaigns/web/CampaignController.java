package crmcopilot.campaigns.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.CampaignPermissions;
import crmcopilot.campaigns.CampaignRun;
import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.campaigns.ColumnRole;
import crmcopilot.campaigns.internal.Analysis;
import crmcopilot.campaigns.internal.DspTransmissions;
import crmcopilot.campaigns.internal.JdbcCampaignRuns;
import crmcopilot.campaigns.internal.PersonaImages;
import crmcopilot.crm.CustomerSources;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The campaign pages: the list, a new campaign (step 1) and a run's nine steps. */
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

	private final JdbcCampaignRuns results;

	private final CustomerSources sources;

	private final JsonMapper json;

	private final DspTransmissions transmissions;

	private final PersonaImages images;

	CampaignController(CampaignRuns runs, JdbcCampaignRuns results, CustomerSources sources, JsonMapper json,
			DspTransmissions transmissions, PersonaImages images) {
		this.images = images;
		this.runs = runs;
		this.results = results;
		this.sources = sources;
		this.json = json;
		this.transmissions = transmissions;
	}

	@GetMapping
	String list(Caller caller, @RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("runs", this.runs.list(caller.workspaceId(), PageQuery.of(page, 20)));
		return LIST;
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.RUN + "')")
	String initCreationForm(Caller caller, Model model) {
		CampaignRuns.Memory memory = this.runs.memory(caller.workspaceId());
		model.addAttribute("briefText", EXAMPLE_BRIEF);
		model.addAttribute("memory", memory);
		model.addAttribute("brief", null);
		addChoices(model);
		return NEW;
	}

	@PostMapping("/prefill")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.RUN + "')")
	String prefill(Caller caller, @RequestParam String briefText, @RequestParam(required = false) @Nullable String name,
			Model model) {
		if (briefText.isBlank()) {
			model.addAttribute("errorText", "brief: empty");
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
	String processCreationForm(Caller caller, @RequestParam String briefText, @RequestParam String name,
			@RequestParam String objective, @RequestParam String media, @RequestParam String platform,
			@RequestParam(required = false) @Nullable String productRange,
			@RequestParam(required = false) @Nullable String targets,
			@RequestParam(required = false) @Nullable String client,
			@RequestParam(required = false) @Nullable String business,
			@RequestParam(required = false) @Nullable Double budget,
			@RequestParam(required = false) @Nullable Long volume, Locale locale) {
		List<String> hints = (targets == null) ? List.of()
				: Arrays.stream(targets.split(",")).map(String::strip).filter((t) -> !t.isEmpty()).toList();
		CampaignBrief brief = new CampaignBrief(briefText, objective, media, platform, blank(productRange), hints,
				blank(client), blank(business), budget, volume, null, null);
		CampaignRun run = this.runs.create(caller.workspaceId(), caller.actor(), name, brief, locale.getLanguage());
		return "redirect:/campaigns/" + run.id();
	}

	@GetMapping("/{id}")
	String show(Caller caller, @PathVariable UUID id, Model model) throws IOException {
		CampaignRun run = this.runs.find(caller.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("campaign run"));
		model.addAttribute("run", run);
		model.addAttribute("sources", this.sources.list(caller.workspaceId()));
		model.addAttribute("maxUploadMb", this.sources.maxUploadBytes() / (1024 * 1024));
		model.addAttribute("roles", ColumnRole.values());
		if (run.step(2).status() == CampaignRun.Status.DONE) {
			JdbcCampaignRuns.SourcePreview preview = this.results.sourcePreview(caller.workspaceId(), id);
			model.addAttribute("data", preview.clients());
			model.addAttribute("columns", preview.columns());
			model.addAttribute("mapping", (run.mapping() != null) ? run.mapping().columns() : Map.of());
		}
		Analysis analysis = this.results.analysis(caller.workspaceId(), id).orElse(null);
		model.addAttribute("analysis", analysis);
		if (analysis != null) {
			model.addAttribute("chartsJson",
					this.json.writeValueAsString(Map.of("sizes", analysis.charts().sizes(), "points",
							analysis.charts().points(), "rows", analysis.charts().heatmapRows(), "heatmap",
							analysis.charts().heatmap(), "k", analysis.k())));
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

	@PostMapping("/{id}/source")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.RUN + "')")
	String connect(Caller caller, @PathVariable UUID id, @RequestParam String kind,
			@RequestParam(required = false) @Nullable UUID sourceId,
			@RequestParam(required = false) @Nullable String url, @RequestParam(required = false) @Nullable String user,
			@RequestParam(required = false) @Nullable String password,
			@RequestParam(required = false) @Nullable String table,
			@RequestParam(required = false) @Nullable String enrichmentTable,
			@RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		exists(caller, id);
		try {
			switch (kind) {
				case "demo" ->
					this.runs.connect(caller.workspaceId(), id, this.sources.demo(caller.workspaceId()).id());
				case "saved" -> this.runs.connect(caller.workspaceId(), id, required(sourceId, "sourceId"));
				case "jdbc" -> {
					var source = this.sources.saveJdbc(caller.workspaceId(), required(table, "table"),
							required(url, "url"), user, password, required(table, "table"), blank(enrichmentTable));
					this.runs.connect(caller.workspaceId(), id, source.id());
				}
				case "csv" -> {
					if (file == null || file.isEmpty()) {
						throw new IllegalArgumentException("file: choose a CSV or TSV file");
					}
					if (file.getSize() > this.sources.maxUploadBytes()) {
						throw new IllegalArgumentException("file: larger than the limit of "
								+ this.sources.maxUploadBytes() / (1024 * 1024) + " MB");
					}
					this.runs.upload(caller.workspaceId(), id, String.valueOf(file.getOriginalFilename()),
							file.getBytes());
				}
				default -> throw new IllegalArgumentException("kind: unknown source kind");
			}
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("errorText", ex.getMessage());
		}
		return "redirect:/campaigns/" + id + "#step-2";
	}

	@PostMapping("/{id}/analyse")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.RUN + "')")
	String analyse(Caller caller, @PathVariable UUID id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		exists(caller, id);
		Map<ColumnRole, String> mapping = new EnumMap<>(ColumnRole.class);
		for (ColumnRole role : ColumnRole.values()) {
			String column = form.get("role_" + role.name());
			if (column != null && !column.isBlank()) {
				mapping.put(role, column);
			}
		}
		try {
			this.runs.analyse(caller.workspaceId(), id, new ColumnMapping(mapping), integer(form, "k", 4),
					integer(form, "nInit", 10), integer(form, "seed", 0), "on".equals(form.get("suggestK")));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("errorText", ex.getMessage());
		}
		return "redirect:/campaigns/" + id + "#step-4";
	}

	@PostMapping("/{id}/rerun")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.RUN + "')")
	String rerun(Caller caller, @PathVariable UUID id, @RequestParam int step, RedirectAttributes redirect) {
		exists(caller, id);
		try {
			this.runs.rerunFrom(caller.workspaceId(), id, step, caller.actor());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("errorText", ex.getMessage());
		}
		return "redirect:/campaigns/" + id + "#step-" + step;
	}

	@PostMapping("/{id}/persona/{number}/image")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.RUN + "')")
	String generateImage(Caller caller, @PathVariable UUID id, @PathVariable int number, RedirectAttributes redirect) {
		exists(caller, id);
		try {
			this.images.generate(caller.workspaceId(), id, number - 1);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			redirect.addFlashAttribute("errorText", ex.getMessage());
		}
		return "redirect:/campaigns/" + id + "#persona-" + number;
	}

	@PostMapping("/{id}/choice")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.CHOOSE + "')")
	String choose(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable Integer persona,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		exists(caller, id);
		if (persona == null) {
			redirect.addFlashAttribute("error", "campaigns.choice.required");
			return "redirect:/campaigns/" + id + "#step-7";
		}
		if (reason == null || reason.isBlank()) {
			redirect.addFlashAttribute("error", "campaigns.choice.reasonRequired");
			return "redirect:/campaigns/" + id + "#step-7";
		}
		try {
			this.runs.choose(caller.workspaceId(), id, persona - 1, reason, caller.actor());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("errorText", ex.getMessage());
		}
		return "redirect:/campaigns/" + id + "#step-9";
	}

	private void exists(Caller caller, UUID id) {
		if (this.runs.find(caller.workspaceId(), id).isEmpty()) {
			throw new NotFoundException("campaign run");
		}
	}

	private static void addChoices(Model model) {
		model.addAttribute("objectives", CampaignBrief.OBJECTIVES);
		model.addAttribute("mediaChoices", CampaignBrief.MEDIA);
		model.addAttribute("platforms", CampaignBrief.PLATFORMS);
	}

	private static int integer(Map<String, String> form, String field, int fallback) {
		String value = form.get(field);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(field + ": not a whole number");
		}
	}

	private static <T> T required(@Nullable T value, String field) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new IllegalArgumentException(field + ": required");
		}
		return value;
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
