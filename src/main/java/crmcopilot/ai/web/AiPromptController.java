package crmcopilot.ai.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import crmcopilot.web.FormErrors;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.ai.internal.AiPermissions;
import crmcopilot.ai.AiTask;
import crmcopilot.ai.internal.LineDiff;
import crmcopilot.ai.internal.LlmGateway;
import crmcopilot.ai.internal.PromptLibrary;
import crmcopilot.ai.internal.PromptRenderer;
import crmcopilot.ai.internal.ResolvedPrompt;
import crmcopilot.ai.internal.TaskCatalog;
import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The prompt library: every prompt file and override, a prompt's editor with its history,
 * diff and revert, and the "try it" panel.
 */
@Controller
@RequestMapping("/ai/prompts")
@PreAuthorize("hasAuthority('" + AiPermissions.PROMPTS_MANAGE + "')")
class AiPromptController {

	static final String LIST_VIEW = "ai/prompts";

	static final String EDIT_VIEW = "ai/promptEdit";

	static final String DIFF_VIEW = "ai/promptDiff";

	static final String TRIAL_VIEW = "ai/promptTrial";

	private static final Pattern PROMPT_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,79}");

	private static final List<String> LANGUAGES = List.of("fr", "en");

	private final PromptLibrary prompts;

	private final TaskCatalog tasks;

	private final LlmGateway gateway;

	private final AuditJournal journal;

	AiPromptController(PromptLibrary prompts, TaskCatalog tasks, LlmGateway gateway, AuditJournal journal) {
		this.prompts = prompts;
		this.tasks = tasks;
		this.gateway = gateway;
		this.journal = journal;
	}

	@GetMapping
	String list(Caller caller, Model model) {
		model.addAttribute("prompts", this.prompts.list(caller.workspaceId()));
		model.addAttribute("provider", this.gateway.provider(caller.workspaceId()));
		return LIST_VIEW;
	}

	/**
	 * An edited prompt; the library checks its length, the messages are ai bundle keys.
	 */
	record PromptForm(@NotBlank(message = "ai.error.prompt-empty") @Nullable String body,
			@Size(max = 300, message = "ai.error.note-too-long") @Nullable String note) {
	}

	@GetMapping("/{id}/{lang}")
	String initUpdateForm(Caller caller, @PathVariable String id, @PathVariable String lang, Model model) {
		ResolvedPrompt current = known(caller, id, lang);
		return show(caller, current, current.body(), model);
	}

	@PostMapping("/{id}/{lang}")
	String processUpdateForm(Caller caller, @PathVariable String id, @PathVariable String lang,
			@Valid @ModelAttribute("posted") PromptForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ResolvedPrompt current = known(caller, id, lang);
		String body = (form.body() != null) ? form.body() : "";
		if (!result.hasErrors()) {
			try {
				int version = this.prompts.save(caller.workspaceId(), id, lang, body, form.note(), caller.actor());
				this.journal.record(AuditEvent.of(caller.workspaceId(), "ai.prompt.saved", "prompt", id + "." + lang,
						form.note(), Map.of("version", version)));
				redirect.addFlashAttribute("message", "ai.prompts.saved");
				return "redirect:/ai/prompts/" + id + "/" + lang;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		FormErrors.showNextToFields(model, result);
		return show(caller, current, body, model);
	}

	private String show(Caller caller, ResolvedPrompt current, String body, Model model) {
		model.addAttribute("prompt", current);
		model.addAttribute("body", body);
		model.addAttribute("history", this.prompts.history(caller.workspaceId(), current.id(), current.lang()));
		model.addAttribute("variables", sampleVariables(current.body()));
		model.addAttribute("provider", this.gateway.provider(caller.workspaceId()));
		model.addAttribute("taskKnown", this.tasks.find(current.id()).isPresent());
		return EDIT_VIEW;
	}

	@PostMapping("/{id}/{lang}/revert")
	String revert(Caller caller, @PathVariable String id, @PathVariable String lang, @RequestParam int version,
			@RequestParam String source, RedirectAttributes redirect) {
		known(caller, id, lang);
		PromptLibrary.Version old = this.prompts.version(caller.workspaceId(), id, lang, version, source)
			.orElseThrow(() -> new NotFoundException("no such version"));
		String note = "revert to " + (ResolvedPrompt.WORKSPACE.equals(source) ? "v" : "file v") + version;
		int saved = this.prompts.save(caller.workspaceId(), id, lang, old.body(), note, caller.actor());
		this.journal.record(AuditEvent.of(caller.workspaceId(), "ai.prompt.reverted", "prompt", id + "." + lang, note,
				Map.of("version", saved, "revertedTo", version)));
		redirect.addFlashAttribute("message", "ai.prompts.reverted");
		return "redirect:/ai/prompts/" + id + "/" + lang;
	}

	@GetMapping("/{id}/{lang}/diff")
	String diff(Caller caller, @PathVariable String id, @PathVariable String lang, @RequestParam int from,
			@RequestParam String fromSource, @RequestParam int to, @RequestParam String toSource, Model model) {
		known(caller, id, lang);
		PromptLibrary.Version before = this.prompts.version(caller.workspaceId(), id, lang, from, fromSource)
			.orElseThrow(() -> new NotFoundException("no such version"));
		PromptLibrary.Version after = this.prompts.version(caller.workspaceId(), id, lang, to, toSource)
			.orElseThrow(() -> new NotFoundException("no such version"));
		model.addAttribute("promptId", id);
		model.addAttribute("lang", lang);
		model.addAttribute("before", before);
		model.addAttribute("after", after);
		model.addAttribute("lines", LineDiff.between(before.body(), after.body()));
		return DIFF_VIEW;
	}

	@PostMapping("/{id}/{lang}/try")
	String trial(Caller caller, @PathVariable String id, @PathVariable String lang, @RequestParam String body,
			@RequestParam(defaultValue = "") String variables, Model model) {
		ResolvedPrompt prompt = known(caller, id, lang);
		Map<String, String> values = parseVariables(variables);
		Optional<AiTask<?, ?>> task = this.tasks.find(id);
		model.addAttribute("rendered", PromptRenderer.render(body, id, values));
		model.addAttribute("trial", this.gateway.trial(caller.workspaceId(), prompt, body, values,
				task.map(AiTask::resultType).orElse(null)));
		model.addAttribute("offline",
				task.map((found) -> this.tasks.offlineAnswer(found, caller.workspaceId(), lang, values)).orElse(null));
		model.addAttribute("taskKnown", task.isPresent());
		return TRIAL_VIEW + " :: result";
	}

	/** A prompt that exists as a file, an override or a declared task; else 404. */
	private ResolvedPrompt known(Caller caller, String id, String lang) {
		if (!PROMPT_ID.matcher(id).matches() || !LANGUAGES.contains(lang)) {
			throw new NotFoundException("no such prompt");
		}
		boolean listed = this.prompts.list(caller.workspaceId())
			.stream()
			.anyMatch((entry) -> entry.id().equals(id) && entry.lang().equals(lang));
		if (!listed && this.tasks.find(id).isEmpty()) {
			throw new NotFoundException("no such prompt");
		}
		return this.prompts.resolve(caller.workspaceId(), id, lang);
	}

	private static String sampleVariables(String body) {
		StringBuilder text = new StringBuilder();
		for (String name : PromptRenderer.variableNames(body)) {
			text.append(name).append("=\n");
		}
		return text.toString();
	}

	/**
	 * Lines {@code name=value}; a line without {@code =} continues the previous value.
	 */
	static Map<String, String> parseVariables(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		String current = null;
		for (String line : text.replace("\r\n", "\n").split("\n")) {
			int equals = line.indexOf('=');
			if (equals > 0 && line.substring(0, equals).strip().matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
				current = line.substring(0, equals).strip();
				values.put(current, line.substring(equals + 1));
			}
			else if (current != null) {
				values.put(current, values.get(current) + "\n" + line);
			}
		}
		return values;
	}

}
