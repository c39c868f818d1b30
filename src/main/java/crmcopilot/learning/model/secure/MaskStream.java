package crmcopilot.learning.model.secure;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudo-random generator that expands a 32-byte seed into a mask: the AES-256
 * keystream in counter mode (NIST SP 800-38A) under the seed, read as little-endian
 * 64-bit words. The counter blocks 0, 1, 2, … are laid out once and encrypted in one call
 * of the JDK's AES, which runs several times faster than its CTR mode object on long
 * streams; the output is the same keystream. Every seed is fresh per round (new key pairs
 * and self-mask seeds each time), so no counter is used twice under one key.
 */
final class MaskStream {

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final VarHandle COUNTER = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

	private static final byte[] PAIRWISE_INFO = "crm-copilot secure aggregation pairwise mask"
		.getBytes(StandardCharsets.US_ASCII);

	/** Counter blocks of the last mask length, shared by every mask of a round. */
	private static volatile byte[] counters = new byte[0];

	private MaskStream() {
	}

	/**
	 * The seed two agents share for their pairwise mask: HKDF of their X25519 agreement,
	 * the same from either side (and for the server once it rebuilt a dropped agent's
	 * private key).
	 */
	static byte[] pairwiseSeed(PrivateKey own, PublicKey other) {
		return Hkdf.derive(X25519Keys.agree(own, other), new byte[0], PAIRWISE_INFO, 32);
	}

	/**
	 * Adds ({@code sign} = 1) or subtracts ({@code sign} = -1) the mask of {@code seed}
	 * to {@code target}, modulo 2⁶⁴.
	 */
	static void apply(long[] target, byte[] seed, int sign) {
		byte[] blocks = counterBlocks(target.length);
		byte[] stream;
		try {
			Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
			aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(seed, "AES"));
			stream = aes.doFinal(blocks);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES is not available", ex);
		}
		if (sign > 0) {
			for (int j = 0; j < target.length; j++) {
				target[j] += (long) LONGS.get(stream, j * Long.BYTES);
			}
		}
		else {
			for (int j = 0; j < target.length; j++) {
				target[j] -= (long) LONGS.get(stream, j * Long.BYTES);
			}
		}
	}

	/** Blocks 0 … n−1 as 128-bit big-endian counters, enough for {@code words} words. */
	private static byte[] counterBlocks(int words) {
		int blocks = (words + 1) / 2;
		byte[] cached = counters;
		if (cached.length == blocks * 16) {
			return cached;
		}
		byte[] fresh = new byte[blocks * 16];
		for (int b = 0; b < blocks; b++) {
			COUNTER.set(fresh, b * 16 + 8, (long) b);
		}
		counters = fresh;
		return fresh;
	}

}
