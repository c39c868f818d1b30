package crmcopilot.matching.api;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import crmcopilot.ai.AiGateway;
import crmcopilot.matching.internal.BatchAssignments;
import crmcopilot.matching.internal.ClientCase;
import crmcopilot.matching.internal.ClientForm;
import crmcopilot.matching.internal.ClientPhones;
import crmcopilot.matching.internal.MatchingPermissions;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.MatchingVocabulary;
import crmcopilot.matching.internal.ProfileFiles;
import crmcopilot.matching.internal.Vocabulary;
import crmcopilot.matching.internal.booking.BookingStore;
import crmcopilot.matching.internal.booking.PreferredSlot;
import crmcopilot.matching.internal.scoring.RankedShopper;
import crmcopilot.matching.internal.VocabularyLists;
import crmcopilot.matching.internal.tasks.ExplainMatchTask;
import crmcopilot.matching.internal.tasks.MatchExplanation;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.Workspaces;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Client requests: list, read, create (consent required), export, and their matches. */
@RestController
@RequestMapping("/api/v1/matching/clients")
@PreAuthorize("hasAuthority('" + MatchingPermissions.MANAGE + "')")
@Tag(name = "matching")
class ClientApiController {

	private final MatchingService matching;

	private final AiGateway gateway;

	private final ExplainMatchTask explainMatch;

	private final MessageSource messages;

	private final MatchingVocabulary vocabulary;

	private final BookingStore bookings;

	private final BatchAssignments batches;

	private final ClientPhones phones;

	private final Workspaces workspaces;

	ClientApiController(MatchingService matching, AiGateway gateway, ExplainMatchTask explainMatch,
			MessageSource messages, MatchingVocabulary vocabulary, BookingStore bookings, BatchAssignments batches,
			ClientPhones phones, Workspaces workspaces) {
		this.phones = phones;
		this.workspaces = workspaces;
		this.bookings = bookings;
		this.batches = batches;
		this.vocabulary = vocabulary;
		this.matching = matching;
		this.gateway = gateway;
		this.explainMatch = explainMatch;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "List client requests, oldest first; status=pending|assigned filters, q searches name, "
			+ "email and city")
	PageResponse<ClientCase> list(Caller caller, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		PageQuery query = PageQuery.of(page, size);
		if (status != null && !List.of("pending", "assigned").contains(status)) {
			throw new InvalidInputException("status", "must be pending or assigned");
		}
		String needle = (q == null || q.isBlank()) ? null : Vocabulary.normalise(q);
		List<ClientCase> found = this.matching.clients(caller.workspaceId())
			.stream()
			.filter((c) -> status == null || ("pending".equals(status) == (c.shopperId() == null)))
			.filter((c) -> needle == null || Vocabulary.normalise(c.request().name()).contains(needle)
					|| Vocabulary.normalise(c.request().email()).contains(needle)
					|| Vocabulary.normalise(c.request().city()).contains(needle))
			.toList();
		return ApiPages.page(found, query);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One client request with its assignment, its preferredSlots and its appointment "
			+ "{shopperId, start, end} (ISO date-times in the workspace's time zone), null when none is booked")
	ClientView get(Caller caller, @PathVariable UUID id) {
		ClientCase client = this.matching.client(caller.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("client"));
		ZoneId zone = this.batches.zone(caller.workspaceId());
		return new ClientView(client,
				this.bookings.windows(caller.workspaceId(), id).stream().map(BookingJson.Slot::of).toList(),
				this.bookings.appointmentOf(caller.workspaceId(), id)
					.map((a) -> BatchAssignments.AppointmentView.of(a, zone))
					.orElse(null));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a client request; consent must be true (it is recorded in the consent journal); "
			+ "preferredSlots [{date, start, end}] are the windows in which the batch may book the session; "
			+ "phone (optional, E.164, or national with a leading 0 when the workspace's locale names a country) "
			+ "and smsConsent true let the day-before reminder also go by SMS")
	ClientView create(Caller caller, @Valid @RequestBody ClientInput input) {
		List<PreferredSlot> windows = BookingJson.preferred(input.preferredSlots());
		ClientForm form = input.toForm();
		BindingResult errors = new BeanPropertyBindingResult(form, "client");
		form.validate(this.vocabulary.lists(caller.workspaceId()), errors);
		String region = this.workspaces.find(caller.workspaceId()).map(ClientPhones::region).orElse(null);
		form.validatePhone(region, errors);
		FieldError first = errors.getFieldError();
		if (first != null) {
			String key = String.valueOf(first.getCode());
			throw new InvalidInputException(first.getField(), key, new Object[0],
					this.messages.getMessage(key, null, key, Locale.ENGLISH));
		}
		UUID id = this.phones
			.submit(caller.workspaceId(), form.toRequest(), true, "api:" + caller.actor(), windows, form.phone(region),
					form.isSmsConsent())
			.id();
		return get(caller, id);
	}

	@GetMapping(value = "/export", produces = "text/csv")
	@Operation(summary = "Export every client request as CSV (the import format of the manager pages)")
	void export(Caller caller, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"clients.csv\"");
		ProfileFiles.writeClientsCsv(
				this.matching.clients(caller.workspaceId()).stream().map(ClientCase::request).toList(),
				response.getWriter());
	}

	@GetMapping("/{id}/matches")
	@Operation(summary = "The shoppers that pass the hard filters for this client, best first, each with its score "
			+ "breakdown, and the explanation of the best match")
	MatchResult matches(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable Integer limit) {
		if (limit != null && (limit < 1 || limit > 200)) {
			throw new InvalidInputException("limit", "must be between 1 and 200");
		}
		ClientCase client = get(caller, id).client();
		List<RankedShopper> ranked = this.matching.rank(caller.workspaceId(), client.request());
		List<RankedShopper> shown = new ArrayList<>(
				ranked.subList(0, Math.min(ranked.size(), (limit != null) ? limit : 10)));
		MatchExplanation explanation = null;
		if (!shown.isEmpty()) {
			RankedShopper best = shown.get(0);
			VocabularyLists lists = this.vocabulary.lists(caller.workspaceId());
			explanation = this.gateway
				.run(caller.workspaceId(), this.explainMatch,
						new ExplainMatchTask.Input(client.request(), best.shopper(), best.breakdown(), lists.currency(),
								lists.labels()))
				.result();
		}
		return new MatchResult(id, shown, explanation);
	}

	/** The ranked shoppers of one client. */
	record MatchResult(UUID clientId, List<RankedShopper> shoppers, @Nullable MatchExplanation explanation) {
	}

	/** A client request as sent; the same rules as the public form. */
	record ClientInput(@Nullable String name, @Nullable String email, @Nullable String city, @Nullable String mode,
			@Nullable List<String> styles, @Nullable Double budget, @Nullable List<String> goals,
			@Nullable List<String> lifeMoments, @Nullable String morphology, @Nullable String preferences,
			@Nullable List<String> availability, @Nullable String language, @NotNull Boolean consent,
			@Nullable List<BookingJson.@Nullable Slot> preferredSlots, @Nullable String phone,
			@Nullable Boolean smsConsent) {

		ClientForm toForm() {
			ClientForm form = new ClientForm();
			form.setName(or(this.name));
			form.setEmail(or(this.email));
			form.setCity(or(this.city));
			form.setMode((this.mode != null) ? this.mode : "peu-importe");
			form.setStyles(or(this.styles));
			form.setBudget((this.budget != null) ? this.budget.toString() : "");
			form.setGoals(or(this.goals));
			form.setLifeMoments(or(this.lifeMoments));
			form.setMorphology(or(this.morphology));
			form.setPreferences(or(this.preferences));
			form.setAvailability(or(this.availability));
			form.setLanguage((this.language != null) ? this.language : "fr");
			form.setConsent(Boolean.TRUE.equals(this.consent));
			form.setPhone(this.phone);
			form.setSmsConsent(Boolean.TRUE.equals(this.smsConsent));
			return form;
		}

		private static String or(@Nullable String value) {
			return (value != null) ? value : "";
		}

		private static List<String> or(@Nullable List<String> values) {
			return (values != null) ? new ArrayList<>(values) : new ArrayList<>();
		}

	}

	/** A client request as the API shows one client. */
	record ClientView(@JsonUnwrapped ClientCase client, List<BookingJson.Slot> preferredSlots,
			BatchAssignments.@Nullable AppointmentView appointment) {
	}

}
