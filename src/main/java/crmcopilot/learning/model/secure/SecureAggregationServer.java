package crmcopilot.learning.model.secure;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import crmcopilot.learning.model.secure.SecureAggregationMessages.EncryptedShare;
import crmcopilot.learning.model.secure.SecureAggregationMessages.KeyAdvertisement;
import crmcopilot.learning.model.secure.SecureAggregationMessages.Roster;
import crmcopilot.learning.model.secure.SecureAggregationMessages.UnmaskingRequest;
import crmcopilot.learning.model.secure.SecureAggregationMessages.UnmaskingResponse;

/**
 * The server's side of a secure-aggregation round. It relays public keys and encrypted
 * shares, keeps only masked inputs, and in the end learns the sum of the surviving
 * agents' inputs and nothing else: it removes the survivors' self masks and the dropped
 * agents' pairwise masks from secrets rebuilt out of {@code threshold} agents' shares.
 * Below the threshold at any step the round fails and what it held is dropped.
 */
public final class SecureAggregationServer {

	/** Where the round stands. */
	public enum Step {

		ADVERTISING, SHARING, MASKING, UNMASKING, DONE, FAILED

	}

	private final int threshold;

	private final int length;

	private final Map<Integer, KeyAdvertisement> keys = new TreeMap<>();

	private final Map<Integer, List<EncryptedShare>> shares = new TreeMap<>();

	private final Map<Integer, long[]> maskedInputs = new TreeMap<>();

	private final Map<Integer, UnmaskingResponse> responses = new TreeMap<>();

	private List<Integer> survivors = List.of();

	private List<Integer> dropped = List.of();

	private Step step = Step.ADVERTISING;

	private Map<Integer, Set<Integer>> neighbourhoods = Map.of();

	/**
	 * @param threshold agents needed at every step, at least a majority of those who
	 * advertise keys
	 * @param length length of the encoded inputs
	 */
	public SecureAggregationServer(int threshold, int length) {
		if (threshold < 2) {
			throw new IllegalArgumentException("the threshold must be at least 2");
		}
		this.threshold = threshold;
		this.length = length;
	}

	public Step step() {
		return this.step;
	}

	public synchronized void receiveKeys(KeyAdvertisement advertisement) {
		expect(Step.ADVERTISING);
		if (this.keys.putIfAbsent(advertisement.agent(), advertisement) != null) {
			throw new IllegalArgumentException("agent " + advertisement.agent() + " already advertised its keys");
		}
	}

	public synchronized Roster closeAdvertising() {
		expect(Step.ADVERTISING);
		require("key advertisement", this.keys.size());
		int neighbourhoodSize = Neighbourhoods.degree(this.keys.size()) + 1;
		if (this.threshold <= neighbourhoodSize / 2 || this.threshold > neighbourhoodSize) {
			fail();
			throw new IllegalArgumentException("the threshold " + this.threshold
					+ " is not a majority of each neighbourhood of the " + this.keys.size() + " agents");
		}
		this.step = Step.SHARING;
		this.neighbourhoods = Neighbourhoods.of(List.copyOf(this.keys.values()));
		return new Roster(List.copyOf(this.keys.values()), this.threshold);
	}

	public synchronized void receiveShares(int from, List<EncryptedShare> sent) {
		expect(Step.SHARING);
		if (!this.keys.containsKey(from) || this.shares.containsKey(from)) {
			throw new IllegalArgumentException("unexpected shares from agent " + from);
		}
		for (EncryptedShare share : sent) {
			if (share.from() != from || !this.neighbourhoods.get(from).contains(share.to()) || share.to() == from) {
				throw new IllegalArgumentException("agent " + from + " sent a share with a wrong address");
			}
		}
		this.shares.put(from, List.copyOf(sent));
	}

	/** The encrypted shares addressed to each agent that sent its own. */
	public synchronized Map<Integer, List<EncryptedShare>> closeSharing() {
		expect(Step.SHARING);
		require("the key sharing", this.shares.size());
		Map<Integer, List<EncryptedShare>> forward = new TreeMap<>();
		for (int agent : this.shares.keySet()) {
			forward.put(agent, new ArrayList<>());
		}
		for (List<EncryptedShare> sent : this.shares.values()) {
			for (EncryptedShare share : sent) {
				List<EncryptedShare> inbox = forward.get(share.to());
				if (inbox != null) {
					inbox.add(share);
				}
			}
		}
		this.step = Step.MASKING;
		return forward;
	}

	public synchronized void receiveMaskedInput(int from, long[] masked) {
		expect(Step.MASKING);
		if (!this.shares.containsKey(from) || this.maskedInputs.containsKey(from) || masked.length != this.length) {
			throw new IllegalArgumentException("unexpected masked input from agent " + from);
		}
		this.maskedInputs.put(from, masked.clone());
	}

	public synchronized UnmaskingRequest closeMasking() {
		expect(Step.MASKING);
		require("the masked inputs", this.maskedInputs.size());
		this.survivors = List.copyOf(this.maskedInputs.keySet());
		List<Integer> gone = new ArrayList<>(this.shares.keySet());
		gone.removeAll(this.survivors);
		this.dropped = List.copyOf(gone);
		this.step = Step.UNMASKING;
		return new UnmaskingRequest(this.survivors, this.dropped);
	}

	public synchronized void receiveUnmasking(UnmaskingResponse response) {
		expect(Step.UNMASKING);
		Set<Integer> neighbourhood = this.neighbourhoods.get(response.from());
		if (!this.maskedInputs.containsKey(response.from()) || this.responses.containsKey(response.from())
				|| !response.selfMaskShares().keySet().containsAll(within(this.survivors, neighbourhood))
				|| !response.maskKeyShares().keySet().containsAll(within(this.dropped, neighbourhood))) {
			throw new IllegalArgumentException("unexpected unmasking answer from agent " + response.from());
		}
		this.responses.put(response.from(), response);
	}

	/**
	 * The sum modulo 2⁶⁴ of the surviving agents' encoded inputs. Each survivor's self
	 * mask and each dropped agent's pairwise masks are removed with a secret rebuilt from
	 * {@code threshold} shares answered by its neighbourhood; the masks of different
	 * agents are expanded in parallel.
	 */
	public synchronized long[] closeUnmasking() {
		expect(Step.UNMASKING);
		require("unmasking", this.responses.size());
		List<long[]> parts = new ArrayList<>();
		parts.add(sumOfMaskedInputs());
		List<byte[]> seeds = new ArrayList<>();
		for (int survivor : this.survivors) {
			seeds.add(rebuild(survivor, true, 32));
		}
		List<PrivateKey> droppedKeys = new ArrayList<>();
		for (int gone : this.dropped) {
			droppedKeys.add(X25519Keys.privateKey(rebuild(gone, false, X25519Keys.SCALAR_BYTES)));
		}
		List<Runnable> removals = new ArrayList<>();
		for (byte[] seed : seeds) {
			removals.add(() -> {
				long[] part = new long[this.length];
				MaskStream.apply(part, seed, -1);
				synchronized (parts) {
					parts.add(part);
				}
			});
		}
		for (int d = 0; d < this.dropped.size(); d++) {
			int gone = this.dropped.get(d);
			PrivateKey key = droppedKeys.get(d);
			for (int survivor : within(this.survivors, this.neighbourhoods.get(gone))) {
				PublicKey other = X25519Keys.publicKey(this.keys.get(survivor).maskPublicKey());
				// the survivor added its mask with the dropped agent when its number is
				// lower
				removals.add(() -> {
					long[] part = new long[this.length];
					MaskStream.apply(part, MaskStream.pairwiseSeed(key, other), (survivor < gone) ? -1 : 1);
					synchronized (parts) {
						parts.add(part);
					}
				});
			}
		}
		removals.parallelStream().forEach(Runnable::run);
		long[] sum = new long[this.length];
		for (long[] part : parts) {
			for (int j = 0; j < sum.length; j++) {
				sum[j] += part[j];
			}
		}
		this.step = Step.DONE;
		return sum;
	}

	private long[] sumOfMaskedInputs() {
		long[] sum = new long[this.length];
		for (long[] masked : this.maskedInputs.values()) {
			for (int j = 0; j < sum.length; j++) {
				sum[j] += masked[j];
			}
		}
		return sum;
	}

	/**
	 * An agent's self-mask seed or mask private key from the first {@code threshold}
	 * answers of its neighbourhood.
	 * @throws SecureAggregationException when fewer of its neighbours answered
	 */
	private byte[] rebuild(int agent, boolean selfMask, int length) {
		List<UnmaskingResponse> holders = new ArrayList<>();
		for (UnmaskingResponse response : this.responses.values()) {
			Map<Integer, byte[]> shares = selfMask ? response.selfMaskShares() : response.maskKeyShares();
			if (holders.size() < this.threshold && this.neighbourhoods.get(agent).contains(response.from())
					&& shares.containsKey(agent)) {
				holders.add(response);
			}
		}
		if (holders.size() < this.threshold) {
			fail();
			throw new SecureAggregationException("unmasking agent " + agent, holders.size(), this.threshold);
		}
		BigInteger[] lagrange = ShamirSharing
			.lagrangeAtZero(holders.stream().mapToInt(UnmaskingResponse::from).toArray());
		return ShamirSharing.combine(lagrange, sharesOf(holders, agent, selfMask), length);
	}

	private static List<Integer> within(List<Integer> agents, Set<Integer> neighbourhood) {
		return agents.stream().filter(neighbourhood::contains).toList();
	}

	/**
	 * What the server holds of each agent's update: the masked input as received (for
	 * checks that it never holds an update in the clear).
	 */
	public synchronized Map<Integer, long[]> maskedInputs() {
		return Collections.unmodifiableMap(this.maskedInputs);
	}

	public List<Integer> survivors() {
		return this.survivors;
	}

	public List<Integer> dropped() {
		return this.dropped;
	}

	private static byte[][] sharesOf(List<UnmaskingResponse> used, int agent, boolean selfMask) {
		byte[][] out = new byte[used.size()][];
		for (int i = 0; i < out.length; i++) {
			out[i] = (selfMask ? used.get(i).selfMaskShares() : used.get(i).maskKeyShares()).get(agent);
		}
		return out;
	}

	private void require(String step, int remaining) {
		if (remaining < this.threshold) {
			fail();
			throw new SecureAggregationException(step, remaining, this.threshold);
		}
	}

	private void expect(Step expected) {
		if (this.step != expected) {
			throw new IllegalStateException("the round is at step " + this.step + ", not " + expected);
		}
	}

	private void fail() {
		this.step = Step.FAILED;
		this.maskedInputs.clear();
		this.shares.clear();
		this.responses.clear();
	}

}
