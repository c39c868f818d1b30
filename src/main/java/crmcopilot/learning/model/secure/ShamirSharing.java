package crmcopilot.learning.model.secure;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Shamir's t-out-of-n secret sharing over the prime field of the Mersenne prime 2⁵²¹ − 1,
 * wide enough for a 32-byte secret in one piece. Share holders are numbered from 1 (the
 * polynomial's value at 0 is the secret).
 */
final class ShamirSharing {

	static final BigInteger PRIME = BigInteger.ONE.shiftLeft(521).subtract(BigInteger.ONE);

	/** Bytes of one encoded share value. */
	static final int SHARE_BYTES = 66;

	private ShamirSharing() {
	}

	/**
	 * The shares of {@code secret} for holders {@code 1..holders}; any {@code threshold}
	 * of them give the secret back, fewer tell nothing about it.
	 */
	static byte[][] split(byte[] secret, int holders, int threshold, SecureRandom random) {
		int[] xs = new int[holders];
		Arrays.setAll(xs, (i) -> i + 1);
		return split(secret, xs, threshold, random);
	}

	/**
	 * The shares of {@code secret} for the holders numbered {@code xs} (distinct, from
	 * 1), in that order; any {@code threshold} of them give the secret back.
	 */
	static byte[][] split(byte[] secret, int[] xs, int threshold, SecureRandom random) {
		if (threshold < 1 || threshold > xs.length) {
			throw new IllegalArgumentException("threshold must be between 1 and the number of holders");
		}
		BigInteger[] coefficients = new BigInteger[threshold];
		coefficients[0] = new BigInteger(1, secret);
		for (int k = 1; k < threshold; k++) {
			coefficients[k] = new BigInteger(521, random).mod(PRIME);
		}
		byte[][] shares = new byte[xs.length][];
		for (int i = 0; i < xs.length; i++) {
			if (xs[i] < 1) {
				throw new IllegalArgumentException("share holders are numbered from 1");
			}
			BigInteger point = BigInteger.valueOf(xs[i]);
			BigInteger value = BigInteger.ZERO;
			for (int k = threshold - 1; k >= 0; k--) {
				value = value.multiply(point).add(coefficients[k]).mod(PRIME);
			}
			shares[i] = encode(value);
		}
		return shares;
	}

	/**
	 * The Lagrange coefficients at 0 of the holders {@code xs}: with them the secret is a
	 * weighted sum of those holders' shares. One set serves every secret the same holders
	 * answer for.
	 */
	static BigInteger[] lagrangeAtZero(int[] xs) {
		BigInteger[] coefficients = new BigInteger[xs.length];
		for (int i = 0; i < xs.length; i++) {
			BigInteger numerator = BigInteger.ONE;
			BigInteger denominator = BigInteger.ONE;
			for (int j = 0; j < xs.length; j++) {
				if (i != j) {
					numerator = numerator.multiply(BigInteger.valueOf(xs[j])).mod(PRIME);
					denominator = denominator.multiply(BigInteger.valueOf((long) xs[j] - xs[i])).mod(PRIME);
				}
			}
			coefficients[i] = numerator.multiply(denominator.modInverse(PRIME)).mod(PRIME);
		}
		return coefficients;
	}

	/**
	 * The secret of {@code length} bytes from shares weighted by {@link #lagrangeAtZero}.
	 */
	static byte[] combine(BigInteger[] coefficients, byte[][] shares, int length) {
		BigInteger secret = BigInteger.ZERO;
		for (int i = 0; i < shares.length; i++) {
			secret = secret.add(coefficients[i].multiply(new BigInteger(1, shares[i])));
		}
		byte[] raw = secret.mod(PRIME).toByteArray();
		byte[] fixed = new byte[length];
		int copy = Math.min(raw.length, length);
		if (raw.length > length + 1 || (raw.length == length + 1 && raw[0] != 0)) {
			throw new IllegalArgumentException("the shares do not belong to one secret of " + length + " bytes");
		}
		System.arraycopy(raw, raw.length - copy, fixed, length - copy, copy);
		return fixed;
	}

	private static byte[] encode(BigInteger value) {
		byte[] raw = value.toByteArray();
		byte[] fixed = new byte[SHARE_BYTES];
		int copy = Math.min(raw.length, SHARE_BYTES);
		System.arraycopy(raw, raw.length - copy, fixed, SHARE_BYTES - copy, copy);
		return fixed;
	}

}
