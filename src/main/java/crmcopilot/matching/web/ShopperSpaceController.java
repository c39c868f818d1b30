package crmcopilot.matching.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import crmcopilot.ai.AiGateway;
import crmcopilot.matching.internal.ClientCase;
import crmcopilot.matching.internal.DemoProfiles;
import crmcopilot.matching.internal.MatchingPermissions;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.MatchingVocabulary;
import crmcopilot.matching.internal.SessionStatus;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.VocabularyLists;
import crmcopilot.matching.internal.booking.Appointment;
import crmcopilot.matching.internal.booking.SessionFeedback;
import crmcopilot.matching.internal.tasks.ShopperPrebriefTask;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Caller;

import org.springframework.context.i18n.LocaleContextHolder;
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
 * A shopper's own space: only the clients assigned to the shopper profile linked to the
 * signed-in user (same email, same workspace), each with a printable pre-brief, the
 * session status and notes. Anybody else's client is a 404.
 */
@Controller
@RequestMapping("/matching/space")
@PreAuthorize("hasAuthority('" + MatchingPermissions.SPACE + "')")
class ShopperSpaceController {

	static final String SPACE = "matching/space";

	static final String PREBRIEF = "matching/prebrief";

	private final MatchingService matching;

	private final AiGateway gateway;

	private final ShopperPrebriefTask prebrief;

	private final MatchingVocabulary vocabulary;

	private final SpaceAppointments appointments;

	private final SessionFeedback feedback;

	ShopperSpaceController(MatchingService matching, AiGateway gateway, ShopperPrebriefTask prebrief,
			MatchingVocabulary vocabulary, SpaceAppointments appointments, SessionFeedback feedback) {
		this.appointments = appointments;
		this.feedback = feedback;
		this.vocabulary = vocabulary;
		this.matching = matching;
		this.gateway = gateway;
		this.prebrief = prebrief;
	}

	@ModelAttribute("lists")
	VocabularyLists lists(Caller caller) {
		return this.vocabulary.lists(caller.workspaceId());
	}

	@ModelAttribute("slots")
	List<String> slots() {
		return DemoProfiles.SLOTS;
	}

	@GetMapping
	String space(Caller caller, Model model) {
		ShopperProfile shopper = this.matching.shopperOfUser(caller.workspaceId(), caller.email()).orElse(null);
		model.addAttribute("shopper", shopper);
		model.addAttribute("clients",
				(shopper != null) ? this.matching.clientsOf(caller.workspaceId(), shopper.id()) : List.of());
		model.addAttribute("appointments",
				(shopper != null) ? this.appointments.rows(caller.workspaceId(), shopper.id()) : List.of());
		return SPACE;
	}

	/**
	 * The shopper records whether the client came (only on their own, started
	 * appointments).
	 */
	@PostMapping("/appointments/{appointmentId}/outcome")
	String recordOutcome(Caller caller, @PathVariable UUID appointmentId, @RequestParam Appointment.Outcome outcome,
			RedirectAttributes redirect) {
		ShopperProfile shopper = ownProfile(caller);
		if (!this.feedback.recordOutcome(caller.workspaceId(), shopper.id(), appointmentId, outcome,
				String.valueOf(caller.email()))) {
			throw new NotFoundException("appointment");
		}
		redirect.addFlashAttribute("message", "matching.space.outcomeSaved");
		return "redirect:/matching/space";
	}

	@GetMapping("/{clientId}")
	String prebrief(Caller caller, @PathVariable UUID clientId, @ModelAttribute("lists") VocabularyLists lists,
			Model model) {
		ShopperProfile shopper = ownProfile(caller);
		ClientCase client = this.matching.clientOf(caller.workspaceId(), shopper.id(), clientId)
			.orElseThrow(() -> new NotFoundException("client"));
		var breakdown = this.matching.breakdown(caller.workspaceId(), client.request(), shopper).orElse(null);
		String language = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "fr";
		model.addAttribute("shopper", shopper);
		model.addAttribute("client", client);
		model.addAttribute("breakdown", breakdown);
		model.addAttribute("statuses", SessionStatus.values());
		model.addAttribute("brief",
				this.gateway
					.run(caller.workspaceId(), this.prebrief,
							new ShopperPrebriefTask.Input(client.request(), shopper, breakdown, language,
									lists.currency(), lists.labels()))
					.result());
		return PREBRIEF;
	}

	@PostMapping("/{clientId}")
	String updateSession(Caller caller, @PathVariable UUID clientId, @RequestParam SessionStatus status,
			@RequestParam(defaultValue = "") String notes, RedirectAttributes redirect) {
		ShopperProfile shopper = ownProfile(caller);
		if (notes.length() > 5000) {
			throw new InvalidInputException("notes", "matching.space.error.notes", new Object[] { 5000 },
					"at most 5000 characters");
		}
		if (!this.matching.updateSession(caller.workspaceId(), shopper.id(), clientId, status, notes)) {
			throw new NotFoundException("client");
		}
		redirect.addFlashAttribute("message", "matching.space.saved");
		return "redirect:/matching/space/" + clientId;
	}

	@GetMapping("/profile")
	String initProfileForm(Caller caller, Model model) {
		ShopperProfile own = ownProfile(caller);
		model.addAttribute("form", ShopperForm.of(own, this.matching.hours(caller.workspaceId(), own.id())));
		model.addAttribute("selfEdit", true);
		return ShopperAdminController.FORM;
	}

	/**
	 * The shopper edits their own profile; the email (which links the account) and the
	 * weekly capacity stay as the manager set them.
	 */
	@PostMapping("/profile")
	String processProfileForm(Caller caller, @Valid @ModelAttribute("form") ShopperForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ShopperProfile own = ownProfile(caller);
		form.setEmail(own.email());
		form.setCapacity(Integer.toString(own.capacity()));
		if (!result.hasErrors()) {
			try {
				this.matching.saveShopper(caller.workspaceId(), form.toProfile(own.id()), form.getHours().toHours());
				redirect.addFlashAttribute("message", "matching.shoppers.saved");
				return "redirect:/matching/space";
			}
			catch (InvalidInputException ex) {
				ShopperForm.reject(result, ex);
			}
		}
		model.addAttribute("selfEdit", true);
		return ShopperAdminController.FORM;
	}

	private ShopperProfile ownProfile(Caller caller) {
		return this.matching.shopperOfUser(caller.workspaceId(), caller.email())
			.orElseThrow(() -> new NotFoundException("shopper profile"));
	}

}
