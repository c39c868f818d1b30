package crmcopilot.matching.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.booking.ClientBookings;
import crmcopilot.matching.internal.booking.SessionFeedback;
import crmcopilot.matching.internal.booking.SlotTaken;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.matching.web.ReturnVisits.Visit;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's session through their return link: book a proposed slot, move it to
 * another free slot of the same shopper, or cancel it, and rate it once it ended. A slot
 * taken meanwhile sends them back to the page with a message and fresh slots.
 */
@Controller
@RequestMapping("/public/matching/{slug}/return/{token}")
class ReturnBookingController {

	private final ReturnVisits visits;

	private final ClientBookings bookings;

	private final SessionFeedback feedback;

	ReturnBookingController(ReturnVisits visits, ClientBookings bookings, SessionFeedback feedback) {
		this.feedback = feedback;
		this.visits = visits;
		this.bookings = bookings;
	}

	/** The token is in the address: no page of the link may pass it on as a referrer. */
	@ModelAttribute
	void keepTheTokenPrivate(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	@PostMapping("/book")
	String book(@PathVariable String slug, @PathVariable String token, @RequestParam @Nullable String shopperId,
			@RequestParam @Nullable String start, HttpServletRequest request, RedirectAttributes redirect) {
		Visit visit = this.visits.visit(slug, token, request);
		return booked(redirect, ReturnVisits.base(slug, token), () -> this.bookings.book(visit.workspace(),
				visit.client(), UUID.fromString(String.valueOf(shopperId)), instant(start), visit.actor()));
	}

	@PostMapping("/move")
	String move(@PathVariable String slug, @PathVariable String token, @RequestParam @Nullable String start,
			HttpServletRequest request, RedirectAttributes redirect) {
		Visit visit = this.visits.visit(slug, token, request);
		return booked(redirect, ReturnVisits.base(slug, token),
				() -> this.bookings.move(visit.workspace(), visit.client(), instant(start), visit.actor()));
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable String slug, @PathVariable String token, HttpServletRequest request,
			RedirectAttributes redirect) {
		Visit visit = this.visits.visit(slug, token, request);
		boolean cancelled = this.bookings.cancel(visit.workspace(), visit.client(), visit.actor());
		redirect.addFlashAttribute(cancelled ? "message" : "problem",
				cancelled ? "matching.booking.cancelled" : "matching.booking.none");
		return "redirect:" + ReturnVisits.base(slug, token);
	}

	@PostMapping("/rate")
	String rate(@PathVariable String slug, @PathVariable String token, @RequestParam(defaultValue = "0") int stars,
			@RequestParam(defaultValue = "") String comment, HttpServletRequest request, RedirectAttributes redirect) {
		Visit visit = this.visits.visit(slug, token, request);
		try {
			boolean rated = this.feedback.rate(visit.workspace().id(), visit.client().id(), stars, comment);
			redirect.addFlashAttribute(rated ? "message" : "problem",
					rated ? "matching.rating.thanks" : "matching.rating.refused");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem",
					(ex.messageKey() != null) ? ex.messageKey() : "matching.rating.refused");
		}
		return "redirect:" + ReturnVisits.base(slug, token);
	}

	/**
	 * Runs a booking and redirects to the page with what happened; a slot that is not
	 * free, or a malformed one, is a message and fresh slots on the page.
	 */
	static String booked(RedirectAttributes redirect, String page, Runnable booking) {
		try {
			booking.run();
			redirect.addFlashAttribute("message", "matching.booking.booked");
		}
		catch (SlotTaken | IllegalArgumentException | DateTimeParseException ex) {
			redirect.addFlashAttribute("problem", "matching.booking.taken");
		}
		return "redirect:" + page;
	}

	private static Instant instant(@Nullable String start) {
		return Instant.parse(String.valueOf(start));
	}

}
