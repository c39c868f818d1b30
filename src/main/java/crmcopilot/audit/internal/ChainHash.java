package crmcopilot.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import crmcopilot.audit.AuditEntry;

import org.jspecify.annotations.Nullable;

/**
 * SHA-256 over a length-prefixed encoding of fields of an entry; the length prefixes make
 * the encoding unambiguous. The content hash is written with the entry; the chain hash
 * covers the content, the entry's place in the chain and the previous hash.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	/** The hash stored with an entry when it is written, before it is chained. */
	static String content(AuditEntry entry) {
		return sha256(entry.id().toString(), entry.workspaceId().toString(), entry.occurredAt().toString(),
				entry.actor(), entry.actorType(), entry.action(), entry.objectType(), entry.objectId(), entry.reason(),
				entry.details());
	}

	/** The hash that links a chained entry to the one before it. */
	static String of(AuditEntry entry) {
		return sha256(entry.workspaceId().toString(), String.valueOf(entry.seq()), entry.occurredAt().toString(),
				entry.actor(), entry.actorType(), entry.action(), entry.objectType(), entry.objectId(), entry.reason(),
				entry.details(), entry.prevHash());
	}

	private static String sha256(@Nullable String... values) {
		StringBuilder canonical = new StringBuilder();
		for (String value : values) {
			if (value == null) {
				canonical.append("-1:");
			}
			else {
				canonical.append(value.length()).append(':').append(value);
			}
			canonical.append('|');
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
