package crmcopilot.matching.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.ClientCase;
import crmcopilot.matching.internal.ClientForm;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.ReturnLinks;
import crmcopilot.matching.internal.SessionStatus;
import crmcopilot.matching.internal.scoring.RankedShopper;
import crmcopilot.matching.web.ReturnVisits.Visit;

import org.springframework.http.HttpStatus;
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
 * What a client's return link opens: their result page with their assignment, and the
 * update of their form, the choice of a shopper among those shown, the withdrawal of
 * their consent and the revocation of the link. An unknown, expired, revoked or other
 * workspace's token is a 404 page that says so.
 */
@Controller
@RequestMapping("/public/matching/{slug}/return/{token}")
class ReturnLinkController {

	static final String DONE = "matching/returnDone";

	private final MatchingService matching;

	private final ReturnLinks returnLinks;

	private final ReturnVisits visits;

	private final ResultPage pages;

	ReturnLinkController(MatchingService matching, ReturnLinks returnLinks, ReturnVisits visits, ResultPage pages) {
		this.matching = matching;
		this.returnLinks = returnLinks;
		this.visits = visits;
		this.pages = pages;
	}

	/** The token is in the address: no page of the link may pass it on as a referrer. */
	@ModelAttribute
	void keepTheTokenPrivate(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	@GetMapping
	String result(@PathVariable String slug, @PathVariable String token, HttpServletRequest request, Model model) {
		Visit visit = visit(slug, token, request);
		model.addAttribute("returnBase", base(slug, token));
		model.addAttribute("bookAction", base(slug, token) + "/book");
		return this.pages.result(visit.workspace(), visit.client(), model);
	}

	@GetMapping("/edit")
	String initUpdate(@PathVariable String slug, @PathVariable String token, HttpServletRequest request, Model model) {
		Visit visit = visit(slug, token, request);
		return this.pages.form(visit.workspace(), ClientForm.of(visit.client().request()), base(slug, token) + "/edit",
				true, model);
	}

	@PostMapping("/edit")
	String processUpdate(@PathVariable String slug, @PathVariable String token, @ModelAttribute("form") ClientForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Visit visit = visit(slug, token, request);
		// the email is the subject of the consent: it does not change here
		form.setEmail(visit.client().request().email());
		form.validate(this.pages.lists(visit.workspace()), result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return this.pages.form(visit.workspace(), form, base(slug, token) + "/edit", true, model);
		}
		this.matching.updateClient(visit.workspace().id(), form.toRequest(visit.client().id()), "return-link");
		redirect.addFlashAttribute("message", "matching.return.updated");
		return "redirect:" + base(slug, token);
	}

	@PostMapping("/choose")
	String choose(@PathVariable String slug, @PathVariable String token, @RequestParam @Nullable String shopperId,
			HttpServletRequest request, RedirectAttributes redirect) {
		Visit visit = visit(slug, token, request);
		ClientCase client = visit.client();
		List<RankedShopper> shown = this.pages.shown(visit.workspace(), client);
		UUID chosen = shown.stream()
			.map((r) -> r.shopper().id())
			.filter((id) -> id.toString().equals(shopperId))
			.findFirst()
			.orElse(null);
		if (chosen == null || client.sessionStatus() != SessionStatus.PENDING) {
			redirect.addFlashAttribute("problem", "matching.return.chooseFailed");
			return "redirect:" + base(slug, token);
		}
		try {
			this.matching.assign(visit.workspace().id(), client.id(), chosen, visit.actor());
			redirect.addFlashAttribute("message", "matching.return.chosen");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "matching.return.chooseFailed");
		}
		return "redirect:" + base(slug, token);
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable String slug, @PathVariable String token, HttpServletRequest request, Model model) {
		Visit visit = visit(slug, token, request);
		this.matching.withdraw(visit.workspace().id(), visit.client().id(), "return-link:/public/matching/" + slug);
		model.addAttribute("workspace", visit.workspace());
		model.addAttribute("done", "matching.return.withdrawn");
		return DONE;
	}

	@PostMapping("/revoke")
	String revoke(@PathVariable String slug, @PathVariable String token, HttpServletRequest request, Model model) {
		Visit visit = visit(slug, token, request);
		this.returnLinks.revokeAll(visit.workspace().id(), visit.client().id());
		model.addAttribute("workspace", visit.workspace());
		model.addAttribute("done", "matching.return.revoked");
		return DONE;
	}

	private Visit visit(String slug, String token, HttpServletRequest request) {
		return this.visits.visit(slug, token, request);
	}

	private static String base(String slug, String token) {
		return ReturnVisits.base(slug, token);
	}

}
