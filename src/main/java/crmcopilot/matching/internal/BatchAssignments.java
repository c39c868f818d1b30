package crmcopilot.matching.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.matching.internal.assignment.Assignment;
import crmcopilot.matching.internal.assignment.AssignmentSolver;
import crmcopilot.matching.internal.assignment.BookedAssignment;
import crmcopilot.matching.internal.assignment.ScoreMatrix;
import crmcopilot.matching.internal.assignment.SlotAssignmentSolver;
import crmcopilot.matching.internal.booking.Appointment;
import crmcopilot.matching.internal.booking.BookingStore;
import crmcopilot.matching.internal.booking.PreferredSlot;
import crmcopilot.matching.internal.booking.SlotPlan;
import crmcopilot.matching.internal.booking.SlotPlanner;
import crmcopilot.matching.internal.scoring.MatchScorer;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's view of the pending clients: the shopper recommended to each, and the
 * optimal capacity-respecting assignment of all of them at once (with their appointments
 * when they gave windows), which says why anyone is left without a place.
 */
@Service
public class BatchAssignments {

	private final MatchingService matching;

	private final MatchingStore store;

	private final AuditJournal journal;

	private final BookingStore bookings;

	private final Workspaces workspaces;

	private final Clock clock;

	BatchAssignments(MatchingService matching, MatchingStore store, AuditJournal journal, BookingStore bookings,
			Workspaces workspaces, ObjectProvider<Clock> clock) {
		this.matching = matching;
		this.store = store;
		this.journal = journal;
		this.bookings = bookings;
		this.workspaces = workspaces;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * For each pending client, the best-scored shopper who still has room this week;
	 * clients no such shopper fits are left out.
	 */
	public Map<UUID, UUID> recommendations(UUID workspaceId, List<ClientCase> pending) {
		List<ShopperProfile> shoppers = this.matching.shoppers(workspaceId);
		int[] remaining = remaining(workspaceId, shoppers, true, 0);
		ScoreMatrix matrix = this.matching.scorer(workspaceId)
			.matrix(pending.stream().map(ClientCase::request).toList(), shoppers);
		Map<UUID, UUID> recommended = new HashMap<>();
		for (int k = 0; k < pending.size(); k++) {
			int best = -1;
			for (int s = 0; s < shoppers.size(); s++) {
				double score = matrix.score(k, s);
				if (remaining[s] > 0 && score > Double.NEGATIVE_INFINITY
						&& (best < 0 || score > matrix.score(k, best))) {
					best = s;
				}
			}
			if (best >= 0) {
				recommended.put(pending.get(k).id(), shoppers.get(best).id());
			}
		}
		return recommended;
	}

	/**
	 * Assigns every unassigned client optimally within the shoppers' remaining capacity.
	 * @param loadPenalty 0 for the best total score, more to spread clients across
	 * shoppers
	 */
	@Transactional
	public BatchResult assignPending(UUID workspaceId, double loadPenalty, String actor) {
		return assignPending(workspaceId, loadPenalty, true, actor);
	}

	/**
	 * Assigns every unassigned client optimally. When some pending client gave preferred
	 * windows, the shopper and the appointment are chosen together: each shopper's
	 * working hours become slots, a slot takes one client and a client only a slot inside
	 * its windows (clients without windows get a shopper without an appointment).
	 * @param loadPenalty 0 for the best total score, more to spread clients across
	 * shoppers
	 * @param respectCapacity false to let a shopper take more clients than their weekly
	 * capacity (every pending client that passes the filters gets its best shopper)
	 */
	@Transactional
	public BatchResult assignPending(UUID workspaceId, double loadPenalty, boolean respectCapacity, String actor) {
		List<ShopperProfile> shoppers = this.matching.shoppers(workspaceId);
		List<ClientCase> pending = this.matching.clients(workspaceId)
			.stream()
			.filter((c) -> c.shopperId() == null)
			.toList();
		int[] remaining = remaining(workspaceId, shoppers, respectCapacity, pending.size());
		List<ClientRequest> requests = pending.stream().map(ClientCase::request).toList();
		MatchScorer scorer = this.matching.scorer(workspaceId);
		ScoreMatrix matrix = scorer.matrix(requests, shoppers);
		SlotPlan plan = plan(workspaceId, shoppers, requests);
		Assignment assignment;
		int[] slotOfClient;
		if (plan == null) {
			assignment = AssignmentSolver.solve(matrix, remaining, loadPenalty);
			slotOfClient = new int[requests.size()];
			Arrays.fill(slotOfClient, -1);
		}
		else {
			BookedAssignment booked = SlotAssignmentSolver.solve(matrix, remaining, loadPenalty, plan.grid());
			assignment = booked.assignment();
			slotOfClient = booked.slotOfClient();
		}
		ZoneId zone = zone(workspaceId);
		List<LeftOut> leftOut = new ArrayList<>();
		List<Placement> placements = new ArrayList<>();
		for (int k = 0; k < requests.size(); k++) {
			int s = assignment.shopperOfClient()[k];
			ClientRequest request = requests.get(k);
			if (s < 0) {
				leftOut.add(new LeftOut(request.id(), request.name(),
						LeftOutReasons.why(scorer, matrix, k, request, shoppers, remaining, plan)));
				continue;
			}
			UUID shopperId = shoppers.get(s).id();
			this.store.assign(workspaceId, request.id(), shopperId);
			AppointmentView appointment = null;
			if (plan != null && slotOfClient[k] >= 0) {
				Appointment booked = this.bookings.book(workspaceId, request.id(), shopperId,
						plan.starts().get(slotOfClient[k]), plan.ends().get(slotOfClient[k]));
				appointment = AppointmentView.of(booked, zone);
			}
			placements.add(new Placement(request.id(), shopperId, appointment));
		}
		this.journal.record(
				AuditEvent
					.of(workspaceId, "matching.assignment.batch", "matching-batch", null,
							"optimal capacity-respecting assignment",
							Map.of("assigned", assignment.assigned(), "unassigned", assignment.unassigned(),
									"totalScore", Math.round(assignment.totalScore() * 1000) / 1000.0, "loadPenalty",
									loadPenalty, "respectCapacity", respectCapacity, "appointments",
									placements.stream().filter((p) -> p.appointment() != null).count()))
					.by(actor, "user"));
		return new BatchResult(assignment.assigned(), assignment.unassigned(), assignment.totalScore(),
				assignment.optimalityGap(), leftOut, placements);
	}

	/** The slots of the batch, or null when no pending client gave a window. */
	private @Nullable SlotPlan plan(UUID workspaceId, List<ShopperProfile> shoppers, List<ClientRequest> requests) {
		Map<UUID, List<PreferredSlot>> windows = this.bookings.windows(workspaceId);
		List<List<PreferredSlot>> perClient = requests.stream()
			.map((r) -> windows.getOrDefault(r.id(), List.of()))
			.toList();
		if (perClient.stream().allMatch(List::isEmpty)) {
			return null;
		}
		return SlotPlanner.plan(shoppers.stream().map(ShopperProfile::id).toList(), this.bookings.hours(workspaceId),
				this.bookings.appointments(workspaceId), perClient, zone(workspaceId), this.clock.instant());
	}

	/** The workspace's time zone, in which appointments are shown. */
	public ZoneId zone(UUID workspaceId) {
		return this.workspaces.find(workspaceId).map(Workspace::timeZone).orElse(ZoneOffset.UTC);
	}

	private int[] remaining(UUID workspaceId, List<ShopperProfile> shoppers, boolean respectCapacity, int unbounded) {
		Map<UUID, Integer> loads = this.matching.loads(workspaceId);
		int[] remaining = new int[shoppers.size()];
		for (int s = 0; s < shoppers.size(); s++) {
			ShopperProfile shopper = shoppers.get(s);
			remaining[s] = respectCapacity ? Math.max(0, shopper.capacity() - loads.getOrDefault(shopper.id(), 0))
					: unbounded;
		}
		return remaining;
	}

	/**
	 * What a batch assignment did.
	 *
	 * @param optimalityGap largest violation of the optimality conditions (0 up to
	 * rounding proves the assignment optimal)
	 * @param leftOut the clients without a place, and why
	 * @param placements the clients placed, with their appointment when they gave windows
	 */
	public record BatchResult(int assigned, int unassigned, double totalScore, double optimalityGap,
			List<LeftOut> leftOut, List<Placement> placements) {

	}

	/** A client placed by the batch. */
	public record Placement(UUID clientId, UUID shopperId, @Nullable AppointmentView appointment) {

	}

	/** An appointment as the API shows it, in the workspace's time zone. */
	public record AppointmentView(UUID shopperId, OffsetDateTime start, OffsetDateTime end) {

		public static AppointmentView of(Appointment appointment, ZoneId zone) {
			return new AppointmentView(appointment.shopperId(), appointment.start().atZone(zone).toOffsetDateTime(),
					appointment.end().atZone(zone).toOffsetDateTime());
		}

	}

	/** A client the batch could not place. */
	public record LeftOut(UUID clientId, String clientName, LeftOutReason reason) {

	}

	/**
	 * Why a client has no place: the shoppers that fit are full, no shopper is
	 * registered, a hard filter excludes every shopper (the most frequent is given), no
	 * suitable shopper has a slot inside the client's windows, or those slots went to
	 * other clients.
	 */
	public enum LeftOutReason {

		SHOPPERS_FULL, NO_SHOPPER, MODE, DISTANCE, BUDGET, LANGUAGE, AVAILABILITY, NO_COMMON_SLOT, SLOTS_TAKEN

	}

}
