package crmcopilot.workspace.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import crmcopilot.workspace.SecretCipher;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM (Spring Security Crypto's {@code Encryptors.stronger}) under a key from the
 * environment or, when none is given, from {@code <data-dir>/secret.key}, created once
 * with owner-only permissions.
 */
@Component
class AesSecretCipher implements SecretCipher {

	private final BytesEncryptor encryptor;

	AesSecretCipher(SecurityProperties properties, @Value("${copilot.data-dir}") Path dataDir) {
		String key = (properties.secretKey() != null && !properties.secretKey().isBlank()) ? properties.secretKey()
				: keyFile(dataDir.resolve("secret.key"));
		this.encryptor = Encryptors.stronger(key, salt(key));
	}

	@Override
	public String encrypt(String plaintext) {
		return Base64.getEncoder().encodeToString(this.encryptor.encrypt(plaintext.getBytes(StandardCharsets.UTF_8)));
	}

	@Override
	public String decrypt(String ciphertext) {
		try {
			return new String(this.encryptor.decrypt(Base64.getDecoder().decode(ciphertext)), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new IllegalStateException(
					"a stored secret cannot be decrypted: was COPILOT_SECRET_KEY or secret.key changed?", ex);
		}
	}

	private static String salt(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("salt:" + key).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String keyFile(Path file) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file).trim();
			}
			Files.createDirectories(file.getParent());
			byte[] bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			String key = Base64.getEncoder().encodeToString(bytes);
			Files.writeString(file, key);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the file keeps the default permissions
			}
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create the secret key file " + file, ex);
		}
	}

}
