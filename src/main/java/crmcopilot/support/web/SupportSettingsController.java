package crmcopilot.support.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.ai.LabelledText;
import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.support.internal.SupportPermissions;
import crmcopilot.support.internal.Article;
import crmcopilot.support.internal.BusinessCalendar;
import crmcopilot.support.internal.Category;
import crmcopilot.support.internal.KnowledgeStore;
import crmcopilot.support.internal.MailboxPolling;
import crmcopilot.support.Priority;
import crmcopilot.support.internal.TriageSetups;
import crmcopilot.support.internal.WorkspaceSupportConfig;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Caller;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * Support settings: the page, automatic-answer rules, knowledge base, channels (IMAP,
 * SMTP, webhooks), business hours and SLAs; categories and examples are changed through
 * {@link CategorySettingsController}.
 */
@Controller
@RequestMapping("/support/settings")
@PreAuthorize("hasAuthority('" + SupportPermissions.MANAGE + "')")
class SupportSettingsController {

	static final String VIEW = "support/settings";

	static final String REDIRECT = "redirect:/support/settings";

	private static final Logger log = LoggerFactory.getLogger(SupportSettingsController.class);

	private static final int MAX_LISTED_EXAMPLES = 1000;

	private final KnowledgeStore knowledge;

	private final TriageSetups setups;

	private final WorkspaceSupportConfig config;

	private final MailboxPolling polling;

	private final AuditJournal journal;

	SupportSettingsController(KnowledgeStore knowledge, TriageSetups setups, WorkspaceSupportConfig config,
			MailboxPolling polling, AuditJournal journal) {
		this.knowledge = knowledge;
		this.setups = setups;
		this.config = config;
		this.polling = polling;
		this.journal = journal;
	}

	@GetMapping
	String settings(Caller caller, Model model) {
		UUID workspaceId = caller.workspaceId();
		List<Category> categories = this.setups.ensureDefaults(workspaceId);
		Map<String, Long> exampleCounts = new LinkedHashMap<>();
		List<LabelledText> examples = this.setups.examples(workspaceId);
		for (LabelledText example : examples) {
			exampleCounts.merge(example.label(), 1L, Long::sum);
		}
		model.addAttribute("categories", categories);
		model.addAttribute("exampleCounts", exampleCounts);
		model.addAttribute("examples",
				examples.stream()
					.sorted(java.util.Comparator.comparing(LabelledText::label))
					.distinct()
					.limit(MAX_LISTED_EXAMPLES)
					.toList());
		model.addAttribute("exampleTotal", examples.size());
		model.addAttribute("articles", this.knowledge.articles(workspaceId));
		model.addAttribute("threshold", this.config.threshold(workspaceId));
		model.addAttribute("minutesPerMessage", this.config.minutesPerMessage(workspaceId));
		model.addAttribute("hours", this.config.get(workspaceId, "hours").orElse(BusinessCalendar.DEFAULT_HOURS));
		model.addAttribute("holidays", this.config.get(workspaceId, "holidays").orElse(""));
		model.addAttribute("sla", this.config.slaHours(workspaceId));
		model.addAttribute("priorities", Priority.values());
		Map<String, String> values = new LinkedHashMap<>();
		for (String key : List.of("imap.host", "imap.port", "imap.ssl", "imap.user", "imap.folder", "smtp.host",
				"smtp.port", "smtp.security", "smtp.user", "smtp.from", "notify.urls", "callback-url.sms",
				"callback-url.webhook", "twilio.account-sid", "twilio.from")) {
			values.put(key, this.config.get(workspaceId, key).orElse(""));
		}
		model.addAttribute("channel", values);
		model.addAttribute("secrets",
				Map.of("imap.password", this.config.get(workspaceId, "imap.password").isPresent(), "smtp.password",
						this.config.get(workspaceId, "smtp.password").isPresent(), "webhook.secret",
						this.config.get(workspaceId, "webhook.secret").isPresent(), "twilio.token",
						this.config.get(workspaceId, "twilio.token").isPresent()));
		StringBuilder placeholders = new StringBuilder();
		this.config.placeholders(workspaceId)
			.forEach((key, value) -> placeholders.append(key).append('=').append(value).append('\n'));
		model.addAttribute("placeholders", placeholders.toString());
		return VIEW;
	}

	@PostMapping("/rules")
	String rules(Caller caller, @RequestParam double threshold, @RequestParam int minutesPerMessage,
			RedirectAttributes redirect) {
		if (threshold < 0 || threshold > 1 || minutesPerMessage < 0 || minutesPerMessage > 600) {
			redirect.addFlashAttribute("error", "support.settings.invalid");
			return REDIRECT;
		}
		this.config.put(caller.workspaceId(), "auto.threshold", Double.toString(threshold));
		this.config.put(caller.workspaceId(), "minutes-per-message", Integer.toString(minutesPerMessage));
		saved(this.journal, caller, "rules", Map.of("threshold", threshold, "minutesPerMessage", minutesPerMessage));
		redirect.addFlashAttribute("message", "support.settings.saved");
		return REDIRECT;
	}

	@PostMapping("/articles")
	String saveArticle(Caller caller, @RequestParam(required = false) @Nullable UUID id, @RequestParam String kind,
			@RequestParam String title, @RequestParam String body, @RequestParam String language,
			@RequestParam(defaultValue = "") String categorie, @RequestParam(defaultValue = "") String keywords,
			@RequestParam(defaultValue = "false") boolean delete, RedirectAttributes redirect) {
		UUID workspaceId = caller.workspaceId();
		if (delete && id != null) {
			if (!this.knowledge.deleteArticle(workspaceId, id)) {
				throw new NotFoundException("article");
			}
		}
		else {
			if (title.isBlank() || body.isBlank() || !List.of("fr", "en", "es", "de", "pt").contains(language)) {
				redirect.addFlashAttribute("error", "support.settings.invalid");
				return REDIRECT;
			}
			Article article = new Article((id != null) ? id : UUID.randomUUID(),
					Article.MACRO.equals(kind) ? Article.MACRO : Article.ARTICLE, title.strip(), body.strip(), language,
					categorie.isBlank() ? null : categorie, keywords.isBlank() ? null : keywords.strip());
			if (id != null) {
				if (!this.knowledge.updateArticle(workspaceId, article)) {
					throw new NotFoundException("article");
				}
			}
			else {
				this.knowledge.addArticle(workspaceId, article);
			}
		}
		this.setups.invalidate(workspaceId);
		saved(this.journal, caller, "knowledge", Map.of("title", title));
		redirect.addFlashAttribute("message", "support.settings.saved");
		return REDIRECT;
	}

	@PostMapping("/channels")
	String channels(Caller caller, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		UUID workspaceId = caller.workspaceId();
		for (String key : List.of("imap.host", "imap.port", "imap.ssl", "imap.user", "imap.folder", "smtp.host",
				"smtp.port", "smtp.security", "smtp.user", "smtp.from", "notify.urls", "callback-url.sms",
				"callback-url.webhook", "twilio.account-sid", "twilio.from")) {
			String value = form.getOrDefault(key, "");
			if ((key.endsWith(".port") && !value.isBlank() && !value.matches("\\d{1,5}"))
					|| ("twilio.account-sid".equals(key) && !value.isBlank()
							&& !value.strip().matches("AC[0-9a-zA-Z]{10,64}"))
					|| ("twilio.from".equals(key) && !value.isBlank()
							&& !value.strip().matches("\\+[1-9]\\d{6,15}|MG[0-9a-zA-Z]{10,64}"))) {
				redirect.addFlashAttribute("error", "support.settings.invalid");
				return REDIRECT;
			}
			this.config.put(workspaceId, key, value);
		}
		for (String secret : List.of("imap.password", "smtp.password", "webhook.secret", "twilio.token")) {
			this.config.putSecret(workspaceId, secret, form.get(secret));
		}
		String placeholders = form.getOrDefault("placeholders", "");
		for (String line : placeholders.split("\n")) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				String name = line.substring(0, equals).strip().toLowerCase(java.util.Locale.ROOT);
				if (name.matches("[a-z_]{1,40}")) {
					this.config.put(workspaceId, "placeholder." + name, line.substring(equals + 1).strip());
				}
			}
		}
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
