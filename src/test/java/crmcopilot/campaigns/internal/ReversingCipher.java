package crmcopilot.campaigns.internal;

import java.util.Base64;

import crmcopilot.workspace.SecretCipher;

/** Stands for AES-GCM: what is stored differs from the plaintext and comes back. */
final class ReversingCipher implements SecretCipher {

	@Override
	public String encrypt(String plaintext) {
		return "enc:"
				+ Base64.getEncoder().encodeToString(new StringBuilder(plaintext).reverse().toString().getBytes());
	}

	@Override
	public String decrypt(String ciphertext) {
		return new StringBuilder(new String(Base64.getDecoder().decode(ciphertext.substring(4)))).reverse().toString();
	}

}
