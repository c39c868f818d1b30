package crmcopilot.learning.model.secure;

import java.util.List;
import java.util.Map;

/**
 * What agents and the server exchange in a secure-aggregation round (Bonawitz et al., CCS
 * 2017, semi-honest variant). The server relays these; none of them holds an update in
 * the clear.
 */
public final class SecureAggregationMessages {

	private SecureAggregationMessages() {
	}

	/**
	 * Step 0: an agent's two X25519 public keys, one to encrypt shares to it and one for
	 * pairwise masks.
	 */
	public record KeyAdvertisement(int agent, byte[] cipherPublicKey, byte[] maskPublicKey) {
	}

	/** The keys every agent of the round advertised, and the threshold. */
	public record Roster(List<KeyAdvertisement> keys, int threshold) {
	}

	/**
	 * Step 1: the shares of an agent's mask private key and self-mask seed meant for one
	 * other agent, under AES-256-GCM with a key only those two can agree on.
	 */
	public record EncryptedShare(int from, int to, byte[] nonce, byte[] ciphertext) {
	}

	/**
	 * Step 3: which agents sent their masked input and which dropped out after step 1.
	 */
	public record UnmaskingRequest(List<Integer> survivors, List<Integer> dropped) {
	}

	/**
	 * Step 3 answer: shares of the self-mask seeds of survivors, and of the mask private
	 * keys of agents that dropped out; never both for one agent.
	 */
	public record UnmaskingResponse(int from, Map<Integer, byte[]> selfMaskShares, Map<Integer, byte[]> maskKeyShares) {
	}

}
