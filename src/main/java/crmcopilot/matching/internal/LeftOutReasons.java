package crmcopilot.matching.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.BatchAssignments.LeftOutReason;
import crmcopilot.matching.internal.assignment.ScoreMatrix;
import crmcopilot.matching.internal.booking.SlotPlan;
import crmcopilot.matching.internal.scoring.MatchScorer;

/**
 * Why a client got no place in a batch: no shopper at all, the hard filter that excludes
 * most shoppers, no slot of a suitable shopper inside the client's windows, or the
 * suitable shoppers' capacity (or their common slots) went to others.
 */
final class LeftOutReasons {

	private LeftOutReasons() {
	}

	static LeftOutReason why(MatchScorer scorer, ScoreMatrix matrix, int k, ClientRequest client,
			List<ShopperProfile> shoppers, int[] remaining, @Nullable SlotPlan plan) {
		if (shoppers.isEmpty()) {
			return LeftOutReason.NO_SHOPPER;
		}
		Map<LeftOutReason, Integer> filters = new EnumMap<>(LeftOutReason.class);
		boolean suitable = false;
		boolean commonSlot = false;
		boolean commonSlotWithRoom = false;
		for (int s = 0; s < shoppers.size(); s++) {
			if (matrix.score(k, s) > Double.NEGATIVE_INFINITY) {
				suitable = true;
				if (plan == null || plan.hasCommonSlot(k, s)) {
					commonSlot = true;
					commonSlotWithRoom |= remaining[s] > 0;
				}
				continue;
			}
			String exclusion = scorer.exclusion(client, shoppers.get(s));
			if (exclusion != null) {
				filters.merge(LeftOutReason.valueOf(exclusion.toUpperCase(Locale.ROOT)), 1, Integer::sum);
			}
		}
		if (suitable) {
			if (!commonSlot) {
				return LeftOutReason.NO_COMMON_SLOT;
			}
			return (plan != null && plan.booksClient(k) && commonSlotWithRoom) ? LeftOutReason.SLOTS_TAKEN
					: LeftOutReason.SHOPPERS_FULL;
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

}
