package crmcopilot.support.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.support.internal.KnowledgeBase;
import crmcopilot.support.internal.KnowledgeImport;
import crmcopilot.support.internal.SupportPermissions;
import crmcopilot.web.FormErrors;
import crmcopilot.workspace.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports knowledge-base articles from a CSV or Markdown file on the settings page: the
 * valid entries are added, and the page lists each refused line with its reason.
 */
@Controller
@RequestMapping("/support/settings/articles/import")
@PreAuthorize("hasAuthority('" + SupportPermissions.MANAGE + "')")
class KnowledgeImportController {

	private final KnowledgeBase knowledge;

	KnowledgeImportController(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	@PostMapping
	String importArticles(Caller caller, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "fr") String language, RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			FormErrors.flash(redirect, "support.knowledge.import.empty");
			return SupportSettingsController.REDIRECT + "#knowledge";
		}
		KnowledgeImport.Result result;
		try (InputStream in = file.getInputStream()) {
			result = KnowledgeImport.read(in, file.getOriginalFilename(), language);
		}
		catch (InvalidInputException ex) {
			FormErrors.flash(redirect, ex);
			return SupportSettingsController.REDIRECT + "#knowledge";
		}
		int added = this.knowledge.importArticles(caller.workspaceId(), result);
		List<RefusedLine> refused = new ArrayList<>();
		result.refused().forEach((line) -> refused.add(new RefusedLine(line.line(), line.reason())));
		redirect.addFlashAttribute("importReport", new ImportReport(added, refused));
		return SupportSettingsController.REDIRECT + "#knowledge";
	}

	/** What an import did, shown once on the page it redirects to. */
	record ImportReport(int added, List<RefusedLine> refused) implements Serializable {
	}

	/** A refused entry: its line and the message key of why. */
	record RefusedLine(long line, String reason) implements Serializable {
	}

}
