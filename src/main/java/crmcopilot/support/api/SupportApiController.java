package crmcopilot.support.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.support.InboundMessage;
import crmcopilot.support.Ingestion;
import crmcopilot.support.SupportIntake;
import crmcopilot.support.SupportMessage;
import crmcopilot.support.internal.SupportPermissions;
import crmcopilot.support.TriageResult;
import crmcopilot.support.internal.SupportKpis;
import crmcopilot.support.internal.SupportStore;
import crmcopilot.support.internal.Ticket;
import crmcopilot.support.internal.TicketStore;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.SsrfGuard;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.workspace.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the support copilot. {@code POST /messages} answers with the triage itself
 * (exactly its eight keys); the stored message is at the {@code Location} header, its id
 * and ticket in {@code X-Support-Message-Id} / {@code X-Support-Ticket-Id}.
 */
@RestController
@RequestMapping("/api/v1/support")
class SupportApiController {

	private final SupportIntake intake;

	private final SupportStore store;

	private final TicketStore tickets;

	private final SupportKpis kpis;

	private final SsrfGuard guard;

	SupportApiController(SupportIntake intake, SupportStore store, TicketStore tickets, SupportKpis kpis,
			SsrfGuard guard) {
		this.guard = guard;
		this.intake = intake;
		this.store = store;
		this.tickets = tickets;
		this.kpis = kpis;
	}

	/**
	 * A message posted by a channel.
	 */
	record MessageRequest(@NotBlank @Size(max = 20) String channel, @NotBlank @Size(max = 320) String from,
			@Nullable @Size(max = 500) String subject, @NotBlank @Size(max = 100_000) String body,
			@Nullable @Size(max = 8) String language, @Nullable @Size(max = 500) String externalId,
			@Nullable OffsetDateTime receivedAt, @Nullable Map<String, Object> metadata) {
	}

	@PostMapping("/messages")
	@PreAuthorize("hasAuthority('" + SupportPermissions.INGEST + "')")
	ResponseEntity<?> post(Caller caller, @Valid @RequestBody MessageRequest request) {
		Map<String, String> metadata = new LinkedHashMap<>();
		if (request.metadata() != null) {
			request.metadata().forEach((key, value) -> metadata.put(key, String.valueOf(value)));
		}
		String callback = metadata.remove("callbackUrl");
		if (callback != null) {
			this.guard.require("metadata.callbackUrl", callback);
		}
		Ingestion ingestion = this.intake.ingest(caller.workspaceId(),
				new InboundMessage(request.channel(), request.from(), request.subject(), request.body(), false,
						request.language(), request.externalId(), List.of(),
						(request.receivedAt() != null) ? request.receivedAt().toInstant() : null, metadata, List.of(),
						callback));
		SupportMessage message = ingestion.message();
		if (message.triage() == null && ingestion.duplicate()) {
			// the same message sent twice at once (a retry, another instance): the first
			// one is still being triaged; nothing is lost, the sender asks again
			ProblemDetail busy = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"A message with this externalId is being triaged; send it again in a moment.");
			busy.setProperty("field", "externalId");
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.header("Retry-After", "1")
				.header("X-Support-Message-Id", message.id().toString())
				.body(busy);
		}
		if (message.triage() == null) {
			throw new IllegalStateException("message stored but not triaged");
		}
		ResponseEntity.BodyBuilder response = ResponseEntity
			.status(ingestion.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/v1/support/messages/" + message.id()))
			.header("X-Support-Message-Id", message.id().toString())
			.header("X-Support-Duplicate", Boolean.toString(ingestion.duplicate()));
		if (ingestion.ticketId() != null) {
			response.header("X-Support-Ticket-Id", ingestion.ticketId().toString());
		}
		return response.body(message.triage());
	}

	/**
	 * A stored message with its triage and ticket.
	 */
	record MessageView(SupportMessage message, @Nullable UUID ticketId) {
	}

	@GetMapping("/messages/{id}")
	@PreAuthorize("hasAuthority('" + SupportPermissions.VIEW + "')")
	MessageView message(Caller caller, @PathVariable UUID id) {
		SupportMessage message = this.store.message(caller.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("message"));
		return new MessageView(message, this.tickets.ofMessage(caller.workspaceId(), id).map(Ticket::id).orElse(null));
	}

	@GetMapping("/tickets")
	@PreAuthorize("hasAuthority('" + SupportPermissions.VIEW + "')")
	PageResponse<Ticket> tickets(Caller caller, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String categorie,
			@RequestParam(required = false) @Nullable String priorite,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(defaultValue = "false") boolean slaAtRisk, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.tickets.search(caller.workspaceId(),
				new TicketStore.Filter(status, categorie, priorite, channel, assignee, slaAtRisk, q),
				PageQuery.of(page, size), java.time.Instant.now());
	}

	@GetMapping("/tickets/{id}")
	@PreAuthorize("hasAuthority('" + SupportPermissions.VIEW + "')")
	Map<String, Object> ticket(Caller caller, @PathVariable UUID id) {
		Ticket ticket = this.tickets.find(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("ticket"));
		return Map.of("ticket", ticket, "thread", this.store.threadMessages(caller.workspaceId(), ticket.threadId()));
	}

	@GetMapping("/kpis")
	@PreAuthorize("hasAuthority('" + SupportPermissions.VIEW + "')")
	SupportKpis.Kpis kpis(Caller caller,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		LocalDate end = (to != null) ? to : this.kpis.today(caller.workspaceId());
		LocalDate start = (from != null) ? from : end.minusDays(29);
		if (start.isAfter(end)) {
			throw new InvalidInputException("from", "must not be after 'to'");
		}
		if (start.plusYears(2).isBefore(end)) {
			throw new InvalidInputException("from", "range must not exceed two years");
		}
		return this.kpis.compute(caller.workspaceId(), start, end);
	}

}
