package crmcopilot.support.web;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.support.internal.KnowledgeBase;
import crmcopilot.support.internal.SupportPermissions;
import crmcopilot.web.FormErrors;
import crmcopilot.workspace.Caller;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Macros on the settings page: added, changed or deleted one at a time. */
@Controller
@RequestMapping("/support/settings/macros")
@PreAuthorize("hasAuthority('" + SupportPermissions.MANAGE + "')")
class MacroSettingsController {

	private static final String REDIRECT = SupportSettingsController.REDIRECT + "#macros";

	private final KnowledgeBase knowledge;

	MacroSettingsController(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	@PostMapping
	String save(Caller caller, @Valid MacroForm macroForm, BindingResult result, RedirectAttributes redirect) {
		try {
			if (macroForm.isDelete() && macroForm.getId() != null) {
				this.knowledge.deleteMacro(caller.workspaceId(), macroForm.getId());
			}
			else if (result.hasErrors()) {
				FormErrors.flash(redirect, result);
				return REDIRECT;
			}
			else if (macroForm.getId() != null) {
				this.knowledge.updateMacro(caller.workspaceId(), macroForm.toMacro());
			}
			else {
				this.knowledge.addMacro(caller.workspaceId(), macroForm.toMacro());
			}
		}
		catch (InvalidInputException ex) {
			FormErrors.flash(redirect, ex);
			return REDIRECT;
		}
		redirect.addFlashAttribute("message", "support.settings.saved");
		return REDIRECT;
	}

}
