package crmcopilot.ai.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import crmcopilot.web.FormErrors;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.ai.internal.AiPermissions;
import crmcopilot.ai.internal.LlmProvider;
import crmcopilot.ai.internal.WorkspaceProviders;
import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.workspace.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workspace's LLM provider. The API key is write-only: the page says whether one is
 * stored, never shows it.
 */
@Controller
@RequestMapping("/ai/settings")
@PreAuthorize("hasAuthority('" + AiPermissions.SETTINGS_MANAGE + "')")
class AiSettingsController {

	static final String VIEW = "ai/settings";

	private final WorkspaceProviders providers;

	private final AuditJournal journal;

	AiSettingsController(WorkspaceProviders providers, AuditJournal journal) {
		this.providers = providers;
		this.journal = journal;
	}

	@GetMapping
	String initUpdateForm(Caller caller, Model model) {
		model.addAttribute("form", this.providers.form(caller.workspaceId()));
		model.addAttribute("environment", this.providers.environment());
		model.addAttribute("effective", this.providers.forWorkspace(caller.workspaceId()));
		model.addAttribute("providers", List.of(LlmProvider.values()));
		return VIEW;
	}

	@PostMapping
	String processUpdateForm(Caller caller, @RequestParam(defaultValue = "") String provider,
			@RequestParam(defaultValue = "") String baseUrl, @RequestParam(defaultValue = "") String model,
			@RequestParam(defaultValue = "") String azureDeployment,
			@RequestParam(defaultValue = "") String azureApiVersion,
			@RequestParam(defaultValue = "json_schema") String structuredOutput,
			@RequestParam(required = false) @Nullable String apiKey,
			@RequestParam(defaultValue = "false") boolean clearKey, RedirectAttributes redirect) {
		try {
			this.providers.save(caller.workspaceId(), new WorkspaceProviders.Form(provider, baseUrl, model,
					azureDeployment, azureApiVersion, structuredOutput, false), apiKey, clearKey);
			this.journal.record(AuditEvent.of(caller.workspaceId(), "ai.settings.changed", "workspace",
					caller.workspaceId().toString(), null,
					Map.of("provider", provider.isBlank() ? "environment" : provider, "baseUrl", baseUrl, "model",
							model, "keyChanged", (apiKey != null && !apiKey.isBlank()) || clearKey)));
			redirect.addFlashAttribute("message", "ai.settings.saved");
		}
		catch (InvalidInputException | IllegalArgumentException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/ai/settings";
	}

}
