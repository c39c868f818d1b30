package crmcopilot.matching.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import crmcopilot.matching.internal.MatchingPermissions;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.booking.ShopperCalendars;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A shopper's appointments as iCalendar, and the secret address to subscribe to them. */
@RestController
@RequestMapping("/api/v1/matching/shoppers/{id}")
@PreAuthorize("hasAuthority('" + MatchingPermissions.MANAGE + "')")
@Tag(name = "matching")
class CalendarApiController {

	static final String TEXT_CALENDAR = "text/calendar;charset=UTF-8";

	private final ShopperCalendars calendars;

	private final MatchingService matching;

	CalendarApiController(ShopperCalendars calendars, MatchingService matching) {
		this.calendars = calendars;
		this.matching = matching;
	}

	@GetMapping(value = "/calendar.ics", produces = "text/calendar")
	@Operation(summary = "The shopper's appointments as iCalendar (one VEVENT each, stable UIDs, workspace time zone)")
	ResponseEntity<String> calendar(Caller caller, @PathVariable UUID id) {
		String feed = this.calendars.feed(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("shopper"));
		return ResponseEntity.ok().header("Content-Type", TEXT_CALENDAR).body(feed);
	}

	/** The subscription address; shown once, only its hash is kept. */
	record Subscription(String url) {
	}

	@PostMapping("/calendar-subscription")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue the secret address a calendar application subscribes to; replaces the previous one")
	Subscription subscribe(Caller caller, @PathVariable UUID id) {
		this.matching.shopper(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("shopper"));
		String token = this.calendars.subscribe(caller.workspaceId(), id);
		return new Subscription(ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/public/matching/calendar/{token}.ics")
			.buildAndExpand(token)
			.toUriString());
	}

	@DeleteMapping("/calendar-subscription")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke the subscription address: calendar applications can no longer read the feed")
	void revoke(Caller caller, @PathVariable UUID id) {
		if (!this.calendars.revoke(caller.workspaceId(), id)) {
			throw new NotFoundException("calendar subscription");
		}
	}

}
