package crmcopilot.workspace;

/**
 * Encrypts secrets at rest (OAuth tokens, mailbox passwords, API keys) with AES-GCM under
 * the key from {@code COPILOT_SECRET_KEY}, or a key file generated in the data directory.
 */
public interface SecretCipher {

	String encrypt(String plaintext);

	String decrypt(String ciphertext);

}
