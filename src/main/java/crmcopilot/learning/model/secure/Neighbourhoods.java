package crmcopilot.learning.model.secure;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import crmcopilot.learning.model.secure.SecureAggregationMessages.KeyAdvertisement;

/**
 * Who masks with whom and who holds whose shares (SecAgg+, Bell et al., CCS 2020): each
 * agent is linked with its {@code k/2} predecessors and successors on a ring, k = 2 ·
 * ⌈log₂ n⌉, instead of with all n − 1 others; shares are split among an agent and its k
 * neighbours, any majority of them rebuilding a secret. The ring follows the SHA-256 of
 * the agents' mask public keys, which no single party chooses, and every party derives it
 * from the roster alone. When k ≥ n − 1 the graph is complete and the round is the
 * original protocol (Bonawitz et al., CCS 2017).
 */
final class Neighbourhoods {

	private Neighbourhoods() {
	}

	/** Neighbours of each agent among {@code agents}. */
	static int degree(int agents) {
		int log = 32 - Integer.numberOfLeadingZeros(Math.max(1, agents - 1));
		return Math.min(agents - 1, 2 * log);
	}

	/**
	 * Shares needed to rebuild an agent's secret: a majority of the agent and its
	 * neighbours, never fewer than 2.
	 */
	static int threshold(int agents) {
		return Math.max(2, (degree(agents) + 1) / 2 + 1);
	}

	/**
	 * Each agent's closed neighbourhood (itself and its neighbours), by agent number.
	 */
	static Map<Integer, Set<Integer>> of(List<KeyAdvertisement> keys) {
		int n = keys.size();
		int half = degree(n) / 2;
		boolean complete = degree(n) == n - 1;
		KeyAdvertisement[] ring = keys.stream()
			.sorted(Comparator.comparing((KeyAdvertisement key) -> sha256(key.maskPublicKey()), Arrays::compareUnsigned)
				.thenComparingInt(KeyAdvertisement::agent))
			.toArray(KeyAdvertisement[]::new);
		Map<Integer, Set<Integer>> out = new HashMap<>();
		for (int p = 0; p < n; p++) {
			Set<Integer> closed = new TreeSet<>();
			if (complete) {
				keys.forEach((key) -> closed.add(key.agent()));
			}
			else {
				for (int d = -half; d <= half; d++) {
					closed.add(ring[Math.floorMod(p + d, n)].agent());
				}
			}
			out.put(ring[p].agent(), closed);
		}
		return out;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
