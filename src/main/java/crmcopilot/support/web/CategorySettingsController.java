package crmcopilot.support.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.web.FormErrors;
import crmcopilot.ai.LabelledText;
import crmcopilot.audit.AuditJournal;
import crmcopilot.shared.CsvLimits;
import crmcopilot.shared.CsvReadException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.support.internal.Category;
import crmcopilot.support.internal.CsvRows;
import crmcopilot.support.internal.KnowledgeStore;
import crmcopilot.support.internal.SupportPermissions;
import crmcopilot.support.internal.TriageSetups;
import crmcopilot.workspace.Caller;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static crmcopilot.support.web.SupportSettingsController.REDIRECT;

/**
 * The categories of the settings page and the examples the classifier learns them from
 * (one by one or a CSV import); every change is journalled.
 */
@Controller
@RequestMapping("/support/settings")
@PreAuthorize("hasAuthority('" + SupportPermissions.MANAGE + "')")
class CategorySettingsController {

	private static final long MAX_CSV_BYTES = 2_000_000;

	private final KnowledgeStore knowledge;

	private final TriageSetups setups;

	private final AuditJournal journal;

	CategorySettingsController(KnowledgeStore knowledge, TriageSetups setups, AuditJournal journal) {
		this.knowledge = knowledge;
		this.setups = setups;
		this.journal = journal;
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
		SupportSettingsController.saved(this.journal, caller, "category.added", Map.of("name", name.strip()));
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
		SupportSettingsController.saved(this.journal, caller, delete ? "category.deleted" : "category.updated",
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
		SupportSettingsController.saved(this.journal, caller, "example.deleted", Map.of("categorie", categorie, "text",
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
				FormErrors.flash(redirect, "support.settings.csv.row", row.line());
				return REDIRECT;
			}
			examples.add(new LabelledText(text, label));
		}
		if (examples.isEmpty()) {
			redirect.addFlashAttribute("error", "support.settings.csv.invalid");
			return REDIRECT;
		}
		this.setups.addExamples(caller.workspaceId(), examples, "csv");
		SupportSettingsController.saved(this.journal, caller, "examples.imported", Map.of("count", examples.size()));
		redirect.addFlashAttribute("message", "support.settings.saved");
		return REDIRECT;
	}

}
