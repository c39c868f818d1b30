package crmcopilot.matching.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.matching.internal.assignment.Assignment;
import crmcopilot.matching.internal.assignment.AssignmentSolver;
import crmcopilot.matching.internal.assignment.ScoreMatrix;
import crmcopilot.matching.internal.scoring.MatchScorer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's view of the pending clients: the shopper recommended to each, and the
 * optimal capacity-respecting assignment of all of them at once, which says why anyone is
 * left without a place.
 */
@Service
public class BatchAssignments {

	private final MatchingService matching;

	private final MatchingStore store;

	private final AuditJournal journal;

	BatchAssignments(MatchingService matching, MatchingStore store, AuditJournal journal) {
		this.matching = matching;
		this.store = store;
		this.journal = journal;
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
	 * Assigns every unassigned client optimally.
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
		Assignment assignment = AssignmentSolver.solve(matrix, remaining, loadPenalty);
		List<LeftOut> leftOut = new ArrayList<>();
		for (int k = 0; k < requests.size(); k++) {
			int s = assignment.shopperOfClient()[k];
			ClientRequest request = requests.get(k);
			if (s >= 0) {
				this.store.assign(workspaceId, request.id(), shoppers.get(s).id());
			}
			else {
				leftOut.add(new LeftOut(request.id(), request.name(), why(scorer, matrix, k, request, shoppers)));
			}
		}
		this.journal.record(
				AuditEvent
					.of(workspaceId, "matching.assignment.batch", "matching-batch", null,
							"optimal capacity-respecting assignment",
							Map.of("assigned", assignment.assigned(), "unassigned", assignment.unassigned(),
									"totalScore", Math.round(assignment.totalScore() * 1000) / 1000.0, "loadPenalty",
									loadPenalty, "respectCapacity", respectCapacity))
					.by(actor, "user"));
		return new BatchResult(assignment.assigned(), assignment.unassigned(), assignment.totalScore(), leftOut);
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
	 * Why a client got no place: the shoppers that fit are full, or the filter that
	 * excludes most shoppers.
	 */
	private static LeftOutReason why(MatchScorer scorer, ScoreMatrix matrix, int k, ClientRequest client,
			List<ShopperProfile> shoppers) {
		if (shoppers.isEmpty()) {
			return LeftOutReason.NO_SHOPPER;
		}
		Map<LeftOutReason, Integer> filters = new EnumMap<>(LeftOutReason.class);
		for (int s = 0; s < shoppers.size(); s++) {
			if (matrix.score(k, s) > Double.NEGATIVE_INFINITY) {
				return LeftOutReason.SHOPPERS_FULL;
			}
			String exclusion = scorer.exclusion(client, shoppers.get(s));
			if (exclusion != null) {
				filters.merge(LeftOutReason.valueOf(exclusion.toUpperCase(Locale.ROOT)), 1, Integer::sum);
			}
		}
		LeftOutReason most = LeftOutReason.SHOPPERS_FULL;
		int count = 0;
		for (Map.Entry<LeftOutReason, Integer> filter : filters.entrySet()) {
			if (filter.getValue() > count) {
				most = filter.getKey();
				count = filter.getValue();
			}
		}
		return most;
	}

	/**
	 * What a batch assignment did.
	 *
	 * @param leftOut the clients without a place, and why
	 */
	public record BatchResult(int assigned, int unassigned, double totalScore, List<LeftOut> leftOut) {

	}

	/** A client the batch could not place. */
	public record LeftOut(UUID clientId, String clientName, LeftOutReason reason) {

	}

	/**
	 * Why a client has no place: the shoppers that fit are full, no shopper is
	 * registered, or a hard filter excludes every shopper (the most frequent is given).
	 */
	public enum LeftOutReason {

		SHOPPERS_FULL, NO_SHOPPER, MODE, DISTANCE, BUDGET, LANGUAGE, AVAILABILITY

	}

}
