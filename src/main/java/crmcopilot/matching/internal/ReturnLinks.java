package crmcopilot.matching.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.shared.SecureTokens;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-purpose links that bring a client back to their result page without an account:
 * a random 256-bit token from {@link SecureTokens}, stored only as its SHA-256 hash,
 * valid for 30 days, revocable. Tokens are URL-safe ASCII, so their UTF-8 hash is the one
 * links issued earlier were stored under. Issuing a new link for a client revokes the
 * previous ones.
 */
@Service
public class ReturnLinks {

	/** How long a link stays valid. */
	public static final Duration VALIDITY = Duration.ofDays(30);

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final ReturnLinkStore store;

	private final AuditJournal journal;

	private final Clock clock = Clock.systemUTC();

	ReturnLinks(ReturnLinkStore store, AuditJournal journal) {
		this.store = store;
		this.journal = journal;
	}

	/** A new token for this client (to put in a link once; it is not kept in clear). */
	@Transactional
	public String issue(UUID workspaceId, UUID clientId) {
		String token = SecureTokens.generate("");
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.store.revokeAll(workspaceId, clientId, now);
		this.store.insert(workspaceId, clientId, SecureTokens.hash(token), now, now.plus(VALIDITY));
		this.journal.record(AuditEvent.of(workspaceId, "matching.return-link.issued", "matching-client",
				clientId.toString(), "client asked for a link to come back", Map.of("validDays", VALIDITY.toDays())));
		return token;
	}

	/**
	 * The client a live token of this workspace opens; empty when unknown, expired or
	 * revoked.
	 */
	public Optional<UUID> resolve(UUID workspaceId, String token) {
		if (!TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return this.store.clientOf(workspaceId, SecureTokens.hash(token), OffsetDateTime.now(this.clock));
	}

	/** Revokes every live link of the client; returns how many were live. */
	@Transactional
	public int revokeAll(UUID workspaceId, UUID clientId) {
		int revoked = this.store.revokeAll(workspaceId, clientId, OffsetDateTime.now(this.clock));
		if (revoked > 0) {
			this.journal.record(AuditEvent.of(workspaceId, "matching.return-link.revoked", "matching-client",
					clientId.toString(), "return links revoked", Map.of("count", revoked)));
		}
		return revoked;
	}

}
