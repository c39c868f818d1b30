package crmcopilot.learning.model.secure;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import crmcopilot.learning.model.secure.SecureAggregationMessages.EncryptedShare;
import crmcopilot.learning.model.secure.SecureAggregationMessages.KeyAdvertisement;
import crmcopilot.learning.model.secure.SecureAggregationMessages.Roster;
import crmcopilot.learning.model.secure.SecureAggregationMessages.UnmaskingRequest;
import crmcopilot.learning.model.secure.SecureAggregationMessages.UnmaskingResponse;

/**
 * One agent's side of a secure-aggregation round: fresh key pairs, Shamir shares of its
 * mask key and self-mask seed sent encrypted to the others, its encoded update sent under
 * a self mask and one pairwise mask per other agent, and shares handed back for
 * unmasking. One instance serves one round.
 */
public final class SecureAggregationClient {

	private static final byte[] SHARE_KEY_INFO = "crm-copilot secure aggregation share key"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private static final int NONCE_BYTES = 12;

	private int id;

	private long[] input;

	private final SecureRandom random;

	private final KeyPair cipherKeys = X25519Keys.generate();

	private final KeyPair maskKeys = X25519Keys.generate();

	private final Map<Integer, KeyAdvertisement> roster = new HashMap<>();

	/** Per sender: its share of its mask key, its share of its self-mask seed. */
	private final Map<Integer, byte[][]> held = new HashMap<>();

	private final Set<Integer> maskedWith = new HashSet<>();

	/** The AES key of the shares exchanged with each other agent. */
	private final Map<Integer, SecretKeySpec> shareKeys = new HashMap<>();

	private byte[] selfMaskSeed = new byte[0];

	/** This agent and the agents it masks with and shares its secrets among. */
	private Set<Integer> neighbourhood = Set.of();

	private int threshold;

	private boolean inputSent;

	private boolean unmasked;

	/**
	 * @param id the agent's number in the round, from 1 (its Shamir share index)
	 * @param input the encoded update ({@link FixedPoint#encode})
	 */
	public SecureAggregationClient(int id, long[] input, SecureRandom random) {
		if (id < 1) {
			throw new IllegalArgumentException("agent numbers start at 1");
		}
		this.id = id;
		this.input = input.clone();
		this.random = random;
	}

	/**
	 * An agent that learns its number from the roster (by its own keys) and gives its
	 * encoded update with the masking step, once it knows how many agents the round
	 * holds, as a merchant-side agent does.
	 */
	public SecureAggregationClient(SecureRandom random) {
		this.id = 0;
		this.input = new long[0];
		this.random = random;
	}

	public int id() {
		return this.id;
	}

	/** Step 0. */
	public KeyAdvertisement advertise() {
		return new KeyAdvertisement(this.id, this.cipherKeys.getPublic().getEncoded(),
				this.maskKeys.getPublic().getEncoded());
	}

	/**
	 * Step 1: checks the roster (own keys in it, an honest-majority threshold) and
	 * returns one encrypted share message per other agent.
	 */
	public List<EncryptedShare> shareKeys(Roster roster) {
		int agents = roster.keys().size();
		int neighbourhoodSize = Neighbourhoods.degree(agents) + 1;
		if (roster.threshold() <= neighbourhoodSize / 2 || roster.threshold() > neighbourhoodSize) {
			throw new IllegalArgumentException(
					"the threshold must be a majority of each neighbourhood of the " + agents + " agents");
		}
		for (KeyAdvertisement keys : roster.keys()) {
			if (this.roster.put(keys.agent(), keys) != null) {
				throw new IllegalArgumentException("agent " + keys.agent() + " appears twice in the roster");
			}
		}
		if (this.id == 0) {
			this.id = roster.keys()
				.stream()
				.filter((keys) -> java.util.Arrays.equals(keys.maskPublicKey(), advertise().maskPublicKey()))
				.mapToInt(KeyAdvertisement::agent)
				.findFirst()
				.orElse(0);
		}
		KeyAdvertisement own = this.roster.get(this.id);
		if (own == null || !java.util.Arrays.equals(own.maskPublicKey(), advertise().maskPublicKey())) {
			throw new IllegalArgumentException("the roster does not hold this agent's keys");
		}
		this.threshold = roster.threshold();
		this.neighbourhood = Neighbourhoods.of(roster.keys()).get(this.id);
		int[] holders = this.neighbourhood.stream().mapToInt(Integer::intValue).toArray();
		this.selfMaskSeed = new byte[32];
		this.random.nextBytes(this.selfMaskSeed);
		byte[][] keyShares = ShamirSharing.split(X25519Keys.scalar(this.maskKeys.getPrivate()), holders, this.threshold,
				this.random);
		byte[][] seedShares = ShamirSharing.split(this.selfMaskSeed, holders, this.threshold, this.random);
		List<EncryptedShare> out = new ArrayList<>();
		for (int i = 0; i < holders.length; i++) {
			int to = holders[i];
			if (to == this.id) {
				this.held.put(this.id, new byte[][] { keyShares[i], seedShares[i] });
				continue;
			}
			byte[] plain = ByteBuffer.allocate(2 * ShamirSharing.SHARE_BYTES)
				.put(keyShares[i])
				.put(seedShares[i])
				.array();
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			out.add(new EncryptedShare(this.id, to, nonce,
					gcm(Cipher.ENCRYPT_MODE, shareKey(this.roster.get(to)), nonce, aad(this.id, to), plain)));
		}
		return out;
	}

	/**
	 * Step 2 of an agent made without its update: {@code input} is its encoded update
	 * ({@link FixedPoint#encode}).
	 */
	public long[] maskedInput(List<EncryptedShare> forThisAgent, long[] input) {
		this.input = input.clone();
		return maskedInput(forThisAgent);
	}

	/**
	 * Step 2: decrypts the shares the server forwarded (their senders are the agents
	 * still in the round) and returns the update under its masks.
	 */
	public long[] maskedInput(List<EncryptedShare> forThisAgent) {
		for (EncryptedShare share : forThisAgent) {
			KeyAdvertisement sender = this.roster.get(share.from());
			if (share.to() != this.id || sender == null || share.from() == this.id
					|| !this.neighbourhood.contains(share.from()) || this.held.containsKey(share.from())) {
				throw new IllegalArgumentException("unexpected share from agent " + share.from());
			}
			byte[] plain = gcm(Cipher.DECRYPT_MODE, shareKey(sender), share.nonce(), aad(share.from(), this.id),
					share.ciphertext());
			this.held.put(share.from(),
					new byte[][] { java.util.Arrays.copyOfRange(plain, 0, ShamirSharing.SHARE_BYTES),
							java.util.Arrays.copyOfRange(plain, ShamirSharing.SHARE_BYTES, plain.length) });
			this.maskedWith.add(share.from());
		}
		if (this.maskedWith.size() + 1 < this.threshold) {
			throw new SecureAggregationException("the masked input", this.maskedWith.size() + 1, this.threshold);
		}
		long[] masked = this.input.clone();
		MaskStream.apply(masked, this.selfMaskSeed, 1);
		for (int other : this.maskedWith) {
			PublicKey otherKey = X25519Keys.publicKey(this.roster.get(other).maskPublicKey());
			MaskStream.apply(masked, MaskStream.pairwiseSeed(this.maskKeys.getPrivate(), otherKey),
					(this.id < other) ? 1 : -1);
		}
		this.inputSent = true;
		return masked;
	}

	/**
	 * Step 3: the shares that remove the survivors' self masks and the dropped agents'
	 * pairwise masks. Refuses a request that would reveal both secrets of one agent.
	 */
	public UnmaskingResponse unmask(UnmaskingRequest request) {
		if (!this.inputSent || this.unmasked) {
			throw new IllegalStateException("unmasking is answered once, after the masked input");
		}
		Set<Integer> survivors = new HashSet<>(request.survivors());
		Set<Integer> dropped = new HashSet<>(request.dropped());
		Set<Integer> inRound = new HashSet<>(this.maskedWith);
		inRound.add(this.id);
		Set<Integer> union = new HashSet<>(survivors);
		union.addAll(dropped);
		boolean distinct = survivors.size() == request.survivors().size() && dropped.size() == request.dropped().size()
				&& survivors.size() + dropped.size() == union.size();
		// only the agents of this agent's neighbourhood concern it: each of those that
		// sent it shares is named once, as survivor or as dropped
		survivors.retainAll(this.neighbourhood);
		dropped.retainAll(this.neighbourhood);
		union.retainAll(this.neighbourhood);
		if (!distinct || !union.equals(inRound) || !survivors.contains(this.id)) {
			throw new IllegalArgumentException("the unmasking request does not match the agents of the round");
		}
		if (survivors.size() < this.threshold) {
			throw new SecureAggregationException("unmasking", survivors.size(), this.threshold);
		}
		Map<Integer, byte[]> seeds = new HashMap<>();
		for (int agent : survivors) {
			seeds.put(agent, this.held.get(agent)[1]);
		}
		Map<Integer, byte[]> keys = new HashMap<>();
		for (int agent : dropped) {
			keys.put(agent, this.held.get(agent)[0]);
		}
		this.unmasked = true;
		return new UnmaskingResponse(this.id, seeds, keys);
	}

	private SecretKeySpec shareKey(KeyAdvertisement other) {
		byte[] secret = X25519Keys.agree(this.cipherKeys.getPrivate(), X25519Keys.publicKey(other.cipherPublicKey()));
		return new SecretKeySpec(Hkdf.derive(secret, new byte[0], SHARE_KEY_INFO, 32), "AES");
	}

	private static byte[] aad(int from, int to) {
		return ByteBuffer.allocate(8).putInt(from).putInt(to).array();
	}

	private static byte[] gcm(int mode, SecretKeySpec key, byte[] nonce, byte[] aad, byte[] data) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(aad);
			return cipher.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("a share could not be encrypted or authenticated", ex);
		}
	}

}
