package crmcopilot.learning.model.secure;

import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869). The JDK's {@code javax.crypto.KDF} needs release 24;
 * the project compiles for 21, so the two steps are written over the JDK's HMAC.
 */
final class Hkdf {

	private static final String HMAC = "HmacSHA256";

	private static final int HASH_LENGTH = 32;

	private Hkdf() {
	}

	/** Extract-then-expand: {@code length} bytes of key material from {@code ikm}. */
	static byte[] derive(byte[] ikm, byte[] salt, byte[] info, int length) {
		if (length < 1 || length > 255 * HASH_LENGTH) {
			throw new IllegalArgumentException("HKDF output length must be between 1 and " + 255 * HASH_LENGTH);
		}
		try {
			Mac mac = Mac.getInstance(HMAC);
			// RFC 5869 §2.2: no salt means a string of HashLen zeros
			mac.init(new SecretKeySpec((salt.length == 0) ? new byte[HASH_LENGTH] : salt, HMAC));
			byte[] prk = mac.doFinal(ikm);
			mac.init(new SecretKeySpec(prk, HMAC));
			byte[] okm = new byte[length];
			byte[] block = new byte[0];
			int filled = 0;
			for (int counter = 1; filled < length; counter++) {
				mac.update(block);
				mac.update(info);
				mac.update((byte) counter);
				block = mac.doFinal();
				int take = Math.min(block.length, length - filled);
				System.arraycopy(block, 0, okm, filled, take);
				filled += take;
			}
			return okm;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
