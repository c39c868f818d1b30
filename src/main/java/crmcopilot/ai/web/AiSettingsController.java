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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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

	/** The posted provider settings; the service checks that they can work. */
	record ProviderForm(@Nullable String provider, @Nullable String baseUrl, @Nullable String model,
			@Nullable String azureDeployment, @Nullable String azureApiVersion, @Nullable String structuredOutput,
			@Nullable String apiKey, @Nullable Boolean clearKey) {

		WorkspaceProviders.Form settings(boolean keySet) {
			return new WorkspaceProviders.Form(text(this.provider), text(this.baseUrl), text(this.model),
					text(this.azureDeployment), text(this.azureApiVersion),
					(this.structuredOutput != null) ? this.structuredOutput : "json_schema", keySet);
		}

		/** An unticked box is not posted at all. */
		boolean clearKeyTicked() {
			return Boolean.TRUE.equals(this.clearKey);
		}

		private static String text(@Nullable String value) {
			return (value != null) ? value : "";
		}

	}

	@GetMapping
	String initUpdateForm(Caller caller, Model model) {
		return show(caller, model, this.providers.form(caller.workspaceId()));
	}

	@PostMapping
	String processUpdateForm(Caller caller, @ModelAttribute("posted") ProviderForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		WorkspaceProviders.Form settings = form.settings(this.providers.form(caller.workspaceId()).keySet());
		if (!settings.provider().isBlank() && !knownProvider(settings.provider())) {
			FormErrors.reject(result, "provider", FormErrors.GENERIC);
		}
		if (!result.hasErrors()) {
			try {
				this.providers.save(caller.workspaceId(), settings, form.apiKey(), form.clearKeyTicked());
				recordChange(caller, settings, form);
				redirect.addFlashAttribute("message", "ai.settings.saved");
				return "redirect:/ai/settings";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		FormErrors.showNextToFields(model, result);
		return show(caller, model, settings);
	}

	private String show(Caller caller, Model model, WorkspaceProviders.Form form) {
		model.addAttribute("form", form);
		model.addAttribute("environment", this.providers.environment());
		model.addAttribute("effective", this.providers.forWorkspace(caller.workspaceId()));
		model.addAttribute("providers", List.of(LlmProvider.values()));
		return VIEW;
	}

	private static boolean knownProvider(String code) {
		try {
			return LlmProvider.fromCode(code) != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private void recordChange(Caller caller, WorkspaceProviders.Form settings, ProviderForm form) {
		boolean keyChanged = (form.apiKey() != null && !form.apiKey().isBlank()) || form.clearKeyTicked();
		this.journal.record(
				AuditEvent.of(caller.workspaceId(), "ai.settings.changed", "workspace", caller.workspaceId().toString(),
						null, Map.of("provider", settings.provider().isBlank() ? "environment" : settings.provider(),
								"baseUrl", settings.baseUrl(), "model", settings.model(), "keyChanged", keyChanged)));
	}

}
