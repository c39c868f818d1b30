package crmcopilot.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import crmcopilot.audit.AuditEntry;

import org.jspecify.annotations.Nullable;

/**
 * SHA-256 over a length-prefixed encoding of every field of an entry and the previous
 * hash; the length prefixes make the encoding unambiguous.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String of(AuditEntry entry) {
		StringBuilder canonical = new StringBuilder();
		append(canonical, entry.workspaceId().toString());
		append(canonical, Long.toString(entry.seq()));
		append(canonical, entry.occurredAt().toString());
		append(canonical, entry.actor());
		append(canonical, entry.actorType());
		append(canonical, entry.action());
		append(canonical, entry.objectType());
		append(canonical, entry.objectId());
		append(canonical, entry.reason());
		append(canonical, entry.details());
		append(canonical, entry.prevHash());
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void append(StringBuilder canonical, @Nullable String value) {
		if (value == null) {
			canonical.append("-1:");
		}
		else {
			canonical.append(value.length()).append(':').append(value);
		}
		canonical.append('|');
	}

}
