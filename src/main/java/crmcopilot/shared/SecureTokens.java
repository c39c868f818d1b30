package crmcopilot.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The one way the service makes and stores secrets it hands out (API tokens, agent
 * tokens, return links, OAuth state): 256 random bits, URL-safe, and only their SHA-256
 * kept in the database.
 */
public final class SecureTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecureTokens() {
	}

	/** 256 random bits in URL-safe Base64 without padding, after the given prefix. */
	public static String generate(String prefix) {
		return prefix + randomUrlSafe(32);
	}

	/** The given number of random bytes in URL-safe Base64 without padding. */
	public static String randomUrlSafe(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	/** The lower-case hexadecimal SHA-256 of the token's UTF-8 bytes: what is stored. */
	public static String hash(String token) {
		return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.UTF_8)));
	}

	public static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Compares two hashes in time that does not depend on where they differ. */
	public static boolean sameHash(String expected, String actual) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				actual.getBytes(StandardCharsets.US_ASCII));
	}

}
