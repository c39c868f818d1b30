package crmcopilot.matching.internal.scoring;

import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;

/**
 * The rules a pair must pass before it is scored: compatible modes, the distance for an
 * in-person session, a budget of at least the shopper's lowest price, a shared language
 * and a shared availability slot.
 */
final class HardFilters {

	private HardFilters() {
	}

	/** IN_PERSON or REMOTE, or null when the modes are incompatible. */
	static @Nullable Mode sessionMode(PairEncoding pairs, int c, int s) {
		return sessionMode(pairs, pairs.clients.get(c).mode(), s, pairs.relevantDistance(c, s));
	}

	static @Nullable Mode sessionMode(PairEncoding pairs, Mode wanted, int s, double km) {
		boolean nearby = km <= pairs.shoppers.get(s).travelKm();
		return switch (wanted) {
			case IN_PERSON -> nearby ? Mode.IN_PERSON : null;
			case REMOTE -> pairs.shopperRemote[s] ? Mode.REMOTE : null;
			case ANY -> nearby ? Mode.IN_PERSON : (pairs.shopperRemote[s] ? Mode.REMOTE : null);
		};
	}

	/**
	 * Why a filter excludes the pair (mode, distance, budget, language, availability), or
	 * null when it passes.
	 */
	static @Nullable String exclusion(PairEncoding pairs, int c, int s) {
		return exclusion(pairs, c, s, sessionMode(pairs, c, s));
	}

	/** Same as {@link #exclusion(PairEncoding, int, int)} with the session mode known. */
	static @Nullable String exclusion(PairEncoding pairs, int c, int s, @Nullable Mode mode) {
		ClientRequest client = pairs.clients.get(c);
		ShopperProfile shopper = pairs.shoppers.get(s);
		if (mode == null) {
			boolean modeOk = switch (client.mode()) {
				case IN_PERSON -> pairs.shopperInPerson[s];
				case REMOTE -> pairs.shopperRemote[s];
				case ANY -> true;
			};
			return modeOk ? "distance" : "mode";
		}
		if (client.budget() < shopper.priceMin()) {
			return "budget";
		}
		if (!shopper.languages().isEmpty() && !shopper.languages().contains(client.language())) {
			return "language";
		}
		if (!client.availability().isEmpty() && !shopper.availability().isEmpty()
				&& PairEncoding.overlap(pairs.clientSlots[c], pairs.shopperSlots[s]) == 0) {
			return "availability";
		}
		return null;
	}

}
