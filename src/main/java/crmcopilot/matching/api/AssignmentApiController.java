package crmcopilot.matching.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.BatchAssignments;
import crmcopilot.matching.internal.ClientCase;
import crmcopilot.matching.internal.MatchingPermissions;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.MatchingSettings;
import crmcopilot.matching.internal.SessionStatus;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.workspace.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assignments: the optimal batch for the pending clients, the list, one client's
 * assignment by hand (managers), and a shopper's own clients (shoppers).
 */
@RestController
@RequestMapping("/api/v1/matching")
@Tag(name = "matching")
class AssignmentApiController {

	private final MatchingService matching;

	private final MatchingSettings settings;

	private final BatchAssignments batches;

	AssignmentApiController(MatchingService matching, MatchingSettings settings, BatchAssignments batches) {
		this.batches = batches;
		this.matching = matching;
		this.settings = settings;
	}

	/** Options of a batch run; both optional. */
	record BatchOptions(@Nullable Boolean respectCapacity, @Nullable Boolean balance) {
	}

	@PostMapping("/assignments/batch")
	@PreAuthorize("hasAuthority('" + MatchingPermissions.MANAGE + "')")
	@Operation(summary = "Assign every pending client with the optimal total score; respectCapacity (default true) "
			+ "keeps each shopper within their weekly capacity, balance (default false) spreads the load; clients who gave "
			+ "preferredSlots get an appointment {shopperId, start, end} inside their windows and the shopper's hours, "
			+ "never two on one slot; leftOut says why each client without a place has none")
	BatchAssignments.BatchResult batch(Caller caller, @RequestBody(required = false) @Nullable BatchOptions options) {
		boolean respect = options == null || options.respectCapacity() == null || options.respectCapacity();
		boolean balance = options != null && Boolean.TRUE.equals(options.balance());
		return this.batches.assignPending(caller.workspaceId(), balance ? this.settings.balancePenalty() : 0, respect,
				caller.actor());
	}

	@GetMapping("/assignments")
	@PreAuthorize("hasAuthority('" + MatchingPermissions.MANAGE + "')")
	@Operation(summary = "Assigned clients with their shopper and session status; shopperId filters one shopper")
	PageResponse<AssignmentView> assignments(Caller caller, @RequestParam(required = false) @Nullable UUID shopperId,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		PageQuery query = PageQuery.of(page, size);
		Map<UUID, ShopperProfile> shoppers = this.matching.shoppers(caller.workspaceId())
			.stream()
			.collect(Collectors.toMap(ShopperProfile::id, Function.identity()));
		List<AssignmentView> views = this.matching.clients(caller.workspaceId())
			.stream()
			.filter((c) -> c.shopperId() != null && shoppers.containsKey(c.shopperId()))
			.filter((c) -> shopperId == null || shopperId.equals(c.shopperId()))
			.map((c) -> AssignmentView.of(c, shoppers.get(c.shopperId())))
			.toList();
		return ApiPages.page(views, query);
	}

	/** Who to assign; null unassigns. */
	record AssignRequest(@Nullable UUID shopperId) {
	}

	@PutMapping("/clients/{clientId}/assignment")
	@PreAuthorize("hasAuthority('" + MatchingPermissions.MANAGE + "')")
	@Operation(summary = "Assign, re-assign (shopperId) or unassign (shopperId null) one client; capacity is checked")
	ClientCase assign(Caller caller, @PathVariable UUID clientId, @RequestBody AssignRequest request) {
		this.matching.client(caller.workspaceId(), clientId).orElseThrow(() -> new NotFoundException("client"));
		if (request.shopperId() != null && this.matching.shopper(caller.workspaceId(), request.shopperId()).isEmpty()) {
			throw new InvalidInputException("shopperId", "unknown shopper");
		}
		try {
			this.matching.assign(caller.workspaceId(), clientId, request.shopperId(), caller.actor());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("shopperId", ex.getMessage());
		}
		return this.matching.client(caller.workspaceId(), clientId).orElseThrow(() -> new NotFoundException("client"));
	}

	@GetMapping("/me/clients")
	@PreAuthorize("hasAuthority('" + MatchingPermissions.SPACE + "')")
	@Operation(summary = "A shopper's own clients, never anybody else's. The shopper is the signed-in user's "
			+ "profile (same email); for an API token, the profile whose email is the token's name")
	PageResponse<ClientCase> myClients(Caller caller, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		PageQuery query = PageQuery.of(page, size);
		ShopperProfile me = this.matching
			.shopperOfUser(caller.workspaceId(), caller.isToken() ? caller.name() : caller.email())
			.orElseThrow(() -> new NotFoundException("shopper profile of the caller"));
		return ApiPages.page(this.matching.clientsOf(caller.workspaceId(), me.id()), query);
	}

	/** One assigned client. */
	record AssignmentView(UUID clientId, String clientName, UUID shopperId, String shopperName,
			SessionStatus sessionStatus) {

		static AssignmentView of(ClientCase client, ShopperProfile shopper) {
			return new AssignmentView(client.id(), client.request().name(), shopper.id(), shopper.name(),
					client.sessionStatus());
		}

	}

}
