package crmcopilot.support.web;

import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.support.internal.SupportPermissions;
import crmcopilot.support.internal.BusinessCalendar;
import crmcopilot.support.internal.HumanOnlyIntent;
import crmcopilot.support.internal.KnowledgeStore;
import crmcopilot.support.internal.MailboxPolling;
import crmcopilot.support.Priority;
import crmcopilot.support.internal.TriageSetups;
import crmcopilot.support.internal.WorkspaceSupportConfig;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Caller;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Support settings: the page, automatic-answer rules, knowledge base, channels (IMAP,
 * SMTP, webhooks), business hours and SLAs; categories and examples are changed through
 * {@link CategorySettingsController}.
 */
@Controller
@RequestMapping("/support/settings")
@PreAuthorize("hasAuthority('" + SupportPermissions.MANAGE + "')")
class SupportSettingsController {

	static final String REDIRECT = "redirect:/support/settings";

	private static final Logger log = LoggerFactory.getLogger(SupportSettingsController.class);

	private final KnowledgeStore knowledge;

	private final TriageSetups setups;

	private final WorkspaceSupportConfig config;

	private final MailboxPolling polling;

	private final AuditJournal journal;

	private final SettingsPage page;

	SupportSettingsController(KnowledgeStore knowledge, TriageSetups setups, WorkspaceSupportConfig config,
			MailboxPolling polling, AuditJournal journal, SettingsPage page) {
		this.page = page;
		this.knowledge = knowledge;
		this.setups = setups;
		this.config = config;
		this.polling = polling;
		this.journal = journal;
	}

	@GetMapping
	String settings(Caller caller, @RequestParam(required = false) @Nullable String q, Model model) {
		return this.page.show(caller, model, q);
	}

	@PostMapping("/rules")
	String rules(Caller caller, @Valid RulesForm rulesForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Double threshold = rulesForm.getThreshold();
		Integer minutesPerMessage = rulesForm.getMinutesPerMessage();
		if (threshold != null && !Double.isFinite(threshold)) {
			result.rejectValue("threshold", "support.settings.threshold.invalid");
		}
		if (result.hasErrors() || threshold == null || minutesPerMessage == null) {
			return this.page.show(caller, model);
		}
		this.config.put(caller.workspaceId(), "auto.threshold", Double.toString(threshold));
		this.config.put(caller.workspaceId(), "minutes-per-message", Integer.toString(minutesPerMessage));
		String humanOnly = rulesForm.getHumanOnly()
			.stream()
			.map(HumanOnlyIntent::of)
			.flatMap(java.util.Optional::stream)
			.map(HumanOnlyIntent::code)
			.distinct()
			.collect(java.util.stream.Collectors.joining(","));
		// "none" keeps an empty choice apart from "never chosen" (every intent)
		this.config.put(caller.workspaceId(), "human-only", humanOnly.isEmpty() ? "none" : humanOnly);
		this.setups.invalidate(caller.workspaceId());
		saved(this.journal, caller, "rules",
				Map.of("threshold", threshold, "minutesPerMessage", minutesPerMessage, "humanOnly", humanOnly));
		redirect.addFlashAttribute("message", "support.settings.saved");
		return REDIRECT;
	}

	@PostMapping("/articles")
	String saveArticle(Caller caller, @Valid ArticleForm articleForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UUID workspaceId = caller.workspaceId();
		UUID id = articleForm.getId();
		if (articleForm.isDelete() && id != null) {
			if (!this.knowledge.deleteArticle(workspaceId, id)) {
				throw new NotFoundException("article");
			}
		}
		else if (result.hasErrors()) {
			if (id != null && this.knowledge.articles(workspaceId).stream().noneMatch((a) -> a.id().equals(id))) {
				throw new NotFoundException("article");
			}
			return this.page.show(caller, model);
		}
		else if (id != null) {
			if (!this.knowledge.updateArticle(workspaceId, articleForm.toArticle())) {
				throw new NotFoundException("article");
			}
		}
		else {
			this.knowledge.addArticle(workspaceId, articleForm.toArticle());
		}
		this.setups.invalidate(workspaceId);
		saved(this.journal, caller, "knowledge", Map.of("title", articleForm.getTitle()));
		redirect.addFlashAttribute("message", "support.settings.saved");
		return REDIRECT;
	}

	@PostMapping("/channels")
	String channels(Caller caller, @Valid ChannelSettingsForm channelSettingsForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return this.page.show(caller, model);
		}
		UUID workspaceId = caller.workspaceId();
		channelSettingsForm.values().forEach((key, value) -> this.config.put(workspaceId, key, value));
		channelSettingsForm.secrets().forEach((key, value) -> this.config.putSecret(workspaceId, key, value));
		channelSettingsForm.placeholderValues()
			.forEach((name, value) -> this.config.put(workspaceId, "placeholder." + name, value));
		this.setups.invalidate(workspaceId);
		saved(this.journal, caller, "channels", Map.of());
		redirect.addFlashAttribute("message", "support.settings.saved");
		return REDIRECT;
	}

	@PostMapping("/channels/poll")
	String pollNow(Caller caller, RedirectAttributes redirect) {
		try {
			int count = this.polling.poll(caller.workspaceId());
			redirect.addFlashAttribute("message",
					(count > 0) ? "support.settings.polled" : "support.settings.polled.none");
		}
		catch (RuntimeException ex) {
			log.warn("Mailbox of workspace {} not read: {}", caller.workspaceId(), ex.getMessage());
			redirect.addFlashAttribute("error", "support.settings.poll.failed");
		}
		return REDIRECT;
	}

	@PostMapping("/hours")
	String hours(Caller caller, @RequestParam String hours, @RequestParam(defaultValue = "") String holidays,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		UUID workspaceId = caller.workspaceId();
		try {
			BusinessCalendar.parse(ZoneId.of("UTC"), hours, holidays);
			for (Priority priority : Priority.values()) {
				double value = Double.parseDouble(form.getOrDefault("sla." + priority.label(), "0"));
				if (value <= 0 || value > 2000) {
					throw new IllegalArgumentException("SLA " + priority.label());
				}
			}
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", "support.settings.hours.invalid");
			return REDIRECT;
		}
		this.config.put(workspaceId, "hours", hours);
		this.config.put(workspaceId, "holidays", holidays);
		for (Priority priority : Priority.values()) {
			this.config.put(workspaceId, "sla." + priority.label(), form.get("sla." + priority.label()));
		}
		saved(this.journal, caller, "hours", Map.of("hours", hours));
		redirect.addFlashAttribute("message", "support.settings.saved");
		return REDIRECT;
	}

	static void saved(AuditJournal journal, Caller caller, String what, Map<String, ?> details) {
		journal.record(AuditEvent.of(caller.workspaceId(), "support.settings." + what, "support-settings", null, null,
				details));
	}

}
