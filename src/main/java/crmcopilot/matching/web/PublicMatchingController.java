package crmcopilot.matching.web;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.ClientCase;
import crmcopilot.matching.internal.ClientForm;
import crmcopilot.matching.internal.ClientPhones;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.MatchingSettings;
import crmcopilot.matching.internal.ReturnLinkMailer;
import crmcopilot.matching.internal.ReturnLinks;
import crmcopilot.matching.internal.booking.BookingStore;
import crmcopilot.matching.internal.booking.ClientBookings;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.RateLimiter;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The public client form of a workspace (no account) and the client's result page: the
 * ranked shoppers with their breakdown and the explanation of the best one. On request,
 * the client gets a link to come back (mailed when SMTP is configured, and shown once on
 * the result page).
 */
@Controller
@RequestMapping("/public/matching/{slug}")
class PublicMatchingController {

	private final Workspaces workspaces;

	private final MatchingService matching;

	private final RateLimiter limiter;

	private final MatchingSettings settings;

	private final ResultPage pages;

	private final ReturnLinks returnLinks;

	private final ReturnLinkMailer mailer;

	private final String publicUrl;

	private final ClientBookings clientBookings;

	private final BookingStore bookings;

	private final ClientPhones phones;

	PublicMatchingController(Workspaces workspaces, MatchingService matching, RateLimiter limiter,
			MatchingSettings settings, ResultPage pages, ReturnLinks returnLinks, ReturnLinkMailer mailer,
			@Value("${copilot.public-url}") String publicUrl, ClientBookings clientBookings, BookingStore bookings,
			ClientPhones phones) {
		this.phones = phones;
		this.clientBookings = clientBookings;
		this.bookings = bookings;
		this.workspaces = workspaces;
		this.matching = matching;
		this.limiter = limiter;
		this.settings = settings;
		this.pages = pages;
		this.returnLinks = returnLinks;
		this.mailer = mailer;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@GetMapping
	String initForm(@PathVariable String slug, Model model) {
		Workspace workspace = workspace(slug);
		ClientForm form = new ClientForm();
		form.setLanguage("en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "fr");
		return this.pages.form(workspace, form, action(slug), false, model);
	}

	@PostMapping
	String processForm(@PathVariable String slug, @ModelAttribute("form") ClientForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Workspace workspace = workspace(slug);
		if (!this.limiter.tryAcquire("matching.form:" + request.getRemoteAddr(), this.settings.submissionsPerHour(),
				Duration.ofHours(1))) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("error", "matching.form.error.rate");
			return this.pages.form(workspace, form, action(slug), false, model);
		}
		form.validate(this.pages.lists(workspace), result);
		String region = ClientPhones.region(workspace);
		form.validatePhone(region, result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return this.pages.form(workspace, form, action(slug), false, model);
		}
		ClientRequest client = this.phones.submit(workspace.id(), form.toRequest(), form.isConsent(),
				"public-form:/public/matching/" + slug, form.preferredSlots(), form.phone(region), form.isSmsConsent());
		if (form.isReturnLink()) {
			String path = "/public/matching/" + slug + "/return/" + this.returnLinks.issue(workspace.id(), client.id());
			String link = this.publicUrl + path;
			boolean mailed = this.mailer.send(client.email(), workspace.name(), link, LocaleContextHolder.getLocale());
			// shown once: flash attributes live until the next page only
			redirect.addFlashAttribute("returnPath", path);
			redirect.addFlashAttribute("returnLink", link);
			redirect.addFlashAttribute("returnMailed", mailed);
		}
		return "redirect:/public/matching/" + slug + "/result/" + client.id();
	}

	@GetMapping("/result/{clientId}")
	String result(@PathVariable String slug, @PathVariable UUID clientId, Model model) {
		Workspace workspace = workspace(slug);
		ClientCase client = this.matching.client(workspace.id(), clientId)
			.orElseThrow(() -> new NotFoundException("matching"));
		model.addAttribute("bookAction", action(slug) + "/result/" + clientId + "/book");
		return this.pages.result(workspace, client, model);
	}

	/**
	 * Books a proposed slot from the result page in one click; moving or cancelling it
	 * needs the return link.
	 */
	@PostMapping("/result/{clientId}/book")
	String book(@PathVariable String slug, @PathVariable UUID clientId, @RequestParam @Nullable String shopperId,
			@RequestParam @Nullable String start, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		Workspace workspace = workspace(slug);
		ClientCase client = this.matching.client(workspace.id(), clientId)
			.orElseThrow(() -> new NotFoundException("matching"));
		String page = action(slug) + "/result/" + clientId;
		if (!this.limiter.tryAcquire("matching.book:" + request.getRemoteAddr(), this.settings.submissionsPerHour(),
				Duration.ofHours(1))) {
			redirect.addFlashAttribute("problem", "matching.form.error.rate");
			return "redirect:" + page;
		}
		if (this.bookings.appointmentOf(workspace.id(), clientId).isPresent()) {
			redirect.addFlashAttribute("problem", "matching.booking.already");
			return "redirect:" + page;
		}
		return ReturnBookingController.booked(redirect, page,
				() -> this.clientBookings.book(workspace, client, UUID.fromString(String.valueOf(shopperId)),
						Instant.parse(String.valueOf(start)), "client:" + client.request().email()));
	}

	private static String action(String slug) {
		return "/public/matching/" + slug;
	}

	private Workspace workspace(String slug) {
		return this.workspaces.findBySlug(slug).orElseThrow(() -> new NotFoundException("matching"));
	}

}
