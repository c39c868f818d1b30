package crmcopilot.support.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
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
import crmcopilot.support.internal.Priority;
import crmcopilot.support.internal.TriageSetups;
import crmcopilot.support.internal.WorkspaceSupportConfig;
import crmcopilot.shared.CsvLimits;
import crmcopilot.shared.CsvReadException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.support.internal.CsvRows;
import crmcopilot.workspace.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
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

/**
 * Support settings: categories and their examples (CSV import), automatic-answer rules,
 * knowledge base, channels (IMAP, SMTP, webhooks), business hours and SLAs.
 */
@Controller
@RequestMapping("/support/settings")
@PreAuthorize("hasAuthority('" + SupportPermissions.MANAGE + "')")
class SupportSettingsController {

	static final String VIEW = "support/settings";

	private static final String REDIRECT = "redirect:/support/settings";

	private static final long MAX_CSV_BYTES = 2_000_000;

	private static final int MAX_LISTED_EXAMPLES = 1000;

	private final KnowledgeStore knowledge;

	private final TriageSetups setups;

	private final WorkspaceSupportConfig config;

	private final MailboxPolling polling;

	private final AuditJournal journal;

	private final FlashErrors errors;

	SupportSettingsController(KnowledgeStore knowledge, TriageSetups setups, WorkspaceSupportConfig config,
			MailboxPolling polling, AuditJournal journal, FlashErrors errors) {
		this.knowledge = knowledge;
		this.setups = setups;
		this.config = config;
		this.polling = polling;
		this.journal = journal;
		this.errors = errors;
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
		saved(caller, "rules", Map.of("threshold", threshold, "minutesPerMessage", minutesPerMessage));
		redirect.addFlashAttribute("message", "support.settings.saved");
		return REDIRECT;
	}

	@PostMapping("/categories")
	String addCategory(Caller caller, @RequestParam String name, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "false") boolean autoAllowed, RedirectAttributes redirect) {
		if (name.isBlank() || name.length() > 100) {
			redirect.addFlashAttribute("error", "support.settings.invalid");
			return REDIRECT;
		}
		List<Category> categories = this.setups.ensureDefaults(caller.workspaceId());
		try {
			this.knowledge.addCategory(caller.workspaceId(), name.strip(), description.strip(), autoAllowed,
					categories.size());
		}
		catch (DuplicateKeyException ex) {
			redirect.addFlashAttribute("error", "support.settings.duplicate");
			return REDIRECT;
		}
		saved(caller, "category.added", Map.of("name", name.strip()));
		redirect.addFlashAttribute("message", "support.settings.saved");
		return REDIRECT;
	}

	@PostMapping("/categories/{id}")
	String updateCategory(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "false") boolean autoAllowed,
			@RequestParam(defaultValue = "false") boolean delete, RedirectAttributes redirect) {
		boolean found = delete ? this.knowledge.deleteCategory(caller.workspaceId(), id)
				: this.knowledge.updateCategory(caller.workspaceId(), id, description.strip(), autoAllowed);
		if (!found) {
			throw new NotFoundException("category");
		}
		saved(caller, delete ? "category.deleted" : "category.updated",
				Map.of("category", id.toString(), "autoAllowed", autoAllowed));
		redirect.addFlashAttribute("message", "support.settings.saved");
		return REDIRECT;
	}

	@PostMapping("/examples")
	String addExample(Caller caller, @RequestParam String categorie, @RequestParam String text,
			RedirectAttributes redirect) {
		if (text.isBlank() || !this.setups.setup(caller.workspaceId()).categoryNames().contains(categorie)) {
			redirect.addFlashAttribute("error", "support.settings.invalid");
			return REDIRECT;
		}
		this.setups.addExamples(caller.workspaceId(), List.of(new LabelledText(text.strip(), categorie)), "settings");
		redirect.addFlashAttribute("message", "support.settings.saved");
		return REDIRECT;
	}

	@PostMapping("/examples/delete")
	String deleteExample(Caller caller, @RequestParam String categorie, @RequestParam String text,
			RedirectAttributes redirect) {
		if (text.isBlank() || categorie.isBlank()) {
			redirect.addFlashAttribute("error", "support.settings.invalid");
			return REDIRECT;
		}
		int removed = this.setups.removeExample(caller.workspaceId(), new LabelledText(text, categorie));
		if (removed == 0) {
			redirect.addFlashAttribute("error", "support.settings.example.missing");
			return REDIRECT;
		}
		saved(caller, "example.deleted", Map.of("categorie", categorie, "text",
				(text.length() > 200) ? text.substring(0, 200) : text, "count", removed));
		redirect.addFlashAttribute("message", "support.settings.example.deleted");
		return REDIRECT;
	}

	@PostMapping("/examples/import")
	String importExamples(Caller caller, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		if (file.isEmpty() || file.getSize() > MAX_CSV_BYTES) {
			redirect.addFlashAttribute("error", "support.settings.csv.invalid");
			return REDIRECT;
		}
		List<LabelledText> examples = new ArrayList<>();
		var names = this.setups.setup(caller.workspaceId()).categoryNames();
		List<CsvRows.Row> rows;
		try (InputStream in = file.getInputStream()) {
			rows = CsvRows.read(in, "file", CsvLimits.DEFAULT.withMaxBytes(MAX_CSV_BYTES));
		}
		catch (CsvReadException ex) {
			redirect.addFlashAttribute("error", "support.settings.csv.invalid");
			return REDIRECT;
		}
		for (CsvRows.Row row : rows) {
			String label = row.first("categorie", "label");
			String text = row.get("text");
			if (label == null || text == null || !names.contains(label)) {
				this.errors.add(redirect, "support.settings.csv.row", row.line());
				return REDIRECT;
			}
			examples.add(new LabelledText(text, label));
		}
		if (examples.isEmpty()) {
			redirect.addFlashAttribute("error", "support.settings.csv.invalid");
			return REDIRECT;
		}
		this.setups.addExamples(caller.workspaceId(), examples, "csv");
		saved(caller, "examples.imported", Map.of("count", examples.size()));
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
		saved(caller, "knowledge", Map.of("title", title));
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
		saved(caller, "channels", Map.of());
		redirect.addFlashAttribute("message", "support.settings.saved");
		return REDIRECT;
	}

	@PostMapping("/channels/poll")
	String pollNow(Caller caller, RedirectAttributes redirect) {
		try {
			int count = this.polling.poll(caller.workspaceId());
			redirect.addFlashAttribute("errorText", null);
			redirect.addFlashAttribute("message",
					(count > 0) ? "support.settings.polled" : "support.settings.polled.none");
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("errorText", ex.getMessage());
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
			redirect.addFlashAttribute("errorText", ex.getMessage());
			return REDIRECT;
		}
		this.config.put(workspaceId, "hours", hours);
		this.config.put(workspaceId, "holidays", holidays);
		for (Priority priority : Priority.values()) {
			this.config.put(workspaceId, "sla." + priority.label(), form.get("sla." + priority.label()));
		}
		saved(caller, "hours", Map.of("hours", hours));
		redirect.addFlashAttribute("message", "support.settings.saved");
		return REDIRECT;
	}

	private void saved(Caller caller, String what, Map<String, ?> details) {
		this.journal.record(AuditEvent.of(caller.workspaceId(), "support.settings." + what, "support-settings", null,
				null, details));
	}

}
