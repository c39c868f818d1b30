package crmcopilot.learning.internal.federation;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.Actors;
import crmcopilot.learning.internal.AgentStore;
import crmcopilot.learning.internal.Inputs;
import crmcopilot.shared.SecureTokens;

import org.springframework.stereotype.Service;

/**
 * Tokens of merchant-side agents: shown once, stored as the SHA-256 of the token (the
 * shared {@link SecureTokens} scheme, so tokens issued before stay valid).
 */
@Service
public class AgentTokens {

	private final AgentStore agents;

	private final AuditJournal journal;

	AgentTokens(AgentStore agents, AuditJournal journal) {
		this.agents = agents;
		this.journal = journal;
	}

	/** Issues a token for a merchant-side agent; the value is shown once. */
	public String issue(UUID workspaceId, String name, String actor) {
		Inputs.bounded("name", name, Inputs.AGENT_NAME);
		String value = SecureTokens.generate("fa_");
		this.agents.saveToken(workspaceId, name, SecureTokens.hash(value));
		this.journal
			.record(AuditEvent.of(workspaceId, "learning.agent.token.issued", "agent-token", name, null, Map.of())
				.by(actor, Actors.type(actor)));
		return value;
	}

	/** The merchant a token was issued to. */
	public Optional<UUID> merchantOf(String token) {
		return this.agents.workspaceOfToken(SecureTokens.hash(token));
	}

}
