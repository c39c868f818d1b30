package crmcopilot.learning.model.secure;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.XECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.security.spec.XECPrivateKeySpec;

import javax.crypto.KeyAgreement;

/**
 * X25519 key pairs and agreement (RFC 7748) through the JDK. Public keys travel in their
 * X.509 encoding; a private key is shared as its 32-byte scalar so that it can be rebuilt
 * from Shamir shares when its owner drops out.
 */
final class X25519Keys {

	static final int SCALAR_BYTES = 32;

	private X25519Keys() {
	}

	static KeyPair generate() {
		try {
			return KeyPairGenerator.getInstance("X25519").generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("X25519 is not available", ex);
		}
	}

	static byte[] scalar(PrivateKey key) {
		return ((XECPrivateKey) key).getScalar().orElseThrow(() -> new IllegalStateException("key has no scalar"));
	}

	static PrivateKey privateKey(byte[] scalar) {
		try {
			return KeyFactory.getInstance("X25519")
				.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("invalid X25519 scalar", ex);
		}
	}

	static PublicKey publicKey(byte[] encoded) {
		try {
			return KeyFactory.getInstance("X25519").generatePublic(new X509EncodedKeySpec(encoded));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("invalid X25519 public key", ex);
		}
	}

	/** The shared secret of a private key and the other party's public key. */
	static byte[] agree(PrivateKey own, PublicKey other) {
		try {
			KeyAgreement agreement = KeyAgreement.getInstance("X25519");
			agreement.init(own);
			agreement.doPhase(other, true);
			return agreement.generateSecret();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("X25519 agreement failed", ex);
		}
	}

}
