package crmcopilot.matching.web;

import crmcopilot.matching.internal.booking.ShopperCalendars;
import crmcopilot.shared.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The calendar a shopper subscribes to from Google Calendar or Outlook: the secret token
 * in the address is the only credential, and a revoked token reads nothing.
 */
@Controller
class PublicCalendarController {

	private final ShopperCalendars calendars;

	PublicCalendarController(ShopperCalendars calendars) {
		this.calendars = calendars;
	}

	@GetMapping(value = "/public/matching/calendar/{token}.ics", produces = "text/calendar")
	ResponseEntity<String> feed(@PathVariable String token) {
		String feed = this.calendars.subscription(token)
			.flatMap((s) -> this.calendars.feed(s.workspaceId(), s.shopperId()))
			.orElseThrow(() -> new NotFoundException("calendar"));
		return ResponseEntity.ok()
			.header("Content-Type", "text/calendar;charset=UTF-8")
			.header("Cache-Control", "private, max-age=300")
			.body(feed);
	}

}
