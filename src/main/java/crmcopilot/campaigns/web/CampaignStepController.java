package crmcopilot.campaigns.web;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import crmcopilot.web.FormErrors;
import crmcopilot.campaigns.CampaignPermissions;
import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.campaigns.ColumnRole;
import crmcopilot.campaigns.SegmentationMethod;
import crmcopilot.campaigns.internal.PersonaImages;
import crmcopilot.campaigns.internal.UploadedCustomerFile;
import crmcopilot.crm.CustomerSources;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of a run's steps: the customer data (2), the mapping and segmentation (3 to
 * 6), a re-run, a persona image and the human choice (7). Each redirects to the run page
 * at its step, with the refusal in the reader's language.
 */
@Controller
@RequestMapping("/campaigns/{id}")
@PreAuthorize("hasAuthority('" + CampaignPermissions.RUN + "')")
class CampaignStepController {

	private final CampaignRuns runs;

	private final CustomerSources sources;

	private final PersonaImages images;

	CampaignStepController(CampaignRuns runs, CustomerSources sources, PersonaImages images) {
		this.runs = runs;
		this.sources = sources;
		this.images = images;
	}

	@PostMapping("/source")
	String connect(Caller caller, @PathVariable UUID id, @Valid @ModelAttribute SourceForm form, BindingResult result,
			RedirectAttributes redirect) throws IOException {
		exists(caller, id);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "campaigns.error.form.kind");
			return "redirect:/campaigns/" + id + "#step-2";
		}
		try {
			switch (String.valueOf(form.getKind())) {
				case "demo" ->
					this.runs.connect(caller.workspaceId(), id, this.sources.demo(caller.workspaceId()).id());
				case "saved" -> this.runs.connect(caller.workspaceId(), id, required(form.getSourceId(), "sourceId"));
				case "jdbc" -> {
					String table = required(form.getTable(), "table");
					var source = this.sources.saveJdbc(caller.workspaceId(), table, required(form.getUrl(), "url"),
							form.getUser(), form.getPassword(), table,
							NewCampaignForm.blank(form.getEnrichmentTable()));
					this.runs.connect(caller.workspaceId(), id, source.id());
				}
				default -> upload(caller, id, form.getFile());
			}
		}
		catch (InvalidInputException | IllegalArgumentException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/campaigns/" + id + "#step-2";
	}

	private void upload(Caller caller, UUID id, @Nullable MultipartFile file) throws IOException {
		byte[] content = UploadedCustomerFile.read(file, this.sources.maxUploadBytes());
		this.runs.upload(caller.workspaceId(), id, String.valueOf(Objects.requireNonNull(file).getOriginalFilename()),
				content);
	}

	@PostMapping("/analyse")
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
			this.runs.analyse(caller.workspaceId(), id, new ColumnMapping(mapping),
					SegmentationMethod.parse(form.get("method")), integer(form, "k", 4), integer(form, "nInit", 10),
					integer(form, "seed", 0), "on".equals(form.get("suggestK")));
		}
		catch (InvalidInputException | IllegalArgumentException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/campaigns/" + id + "#step-4";
	}

	@PostMapping("/rerun")
	String rerun(Caller caller, @PathVariable UUID id, @RequestParam int step, RedirectAttributes redirect) {
		exists(caller, id);
		try {
			this.runs.rerunFrom(caller.workspaceId(), id, step);
		}
		catch (InvalidInputException | IllegalArgumentException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/campaigns/" + id + "#step-" + step;
	}

	@PostMapping("/persona/{number}/image")
	String generateImage(Caller caller, @PathVariable UUID id, @PathVariable int number, RedirectAttributes redirect) {
		exists(caller, id);
		try {
			this.images.generate(caller.workspaceId(), id, number - 1);
		}
		catch (InvalidInputException ex) {
			FormErrors.flash(redirect, ex);
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("error", "campaigns.image.error.failed");
		}
		return "redirect:/campaigns/" + id + "#persona-" + number;
	}

	@PostMapping("/choice")
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
		catch (InvalidInputException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/campaigns/" + id + "#step-9";
	}

	private void exists(Caller caller, UUID id) {
		if (this.runs.find(caller.workspaceId(), id).isEmpty()) {
			throw new NotFoundException("campaign run");
		}
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
			throw new InvalidInputException(field, "campaigns.error.whole-number", new Object[] { field },
					field + ": not a whole number");
		}
	}

	private static <T> T required(@Nullable T value, String field) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new InvalidInputException(field, "campaigns.error.required." + field, new Object[0],
					field + ": required");
		}
		return value;
	}

}
