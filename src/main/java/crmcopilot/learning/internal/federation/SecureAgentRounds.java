package crmcopilot.learning.internal.federation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.LearningSettings;
import crmcopilot.learning.model.secure.FixedPoint;
import crmcopilot.learning.model.secure.SecureAggregation;
import crmcopilot.learning.model.secure.SecureAggregationException;
import crmcopilot.learning.model.secure.SecureAggregationMessages.EncryptedShare;
import crmcopilot.learning.model.secure.SecureAggregationMessages.KeyAdvertisement;
import crmcopilot.learning.model.secure.SecureAggregationMessages.Roster;
import crmcopilot.learning.model.secure.SecureAggregationMessages.UnmaskingRequest;
import crmcopilot.learning.model.secure.SecureAggregationMessages.UnmaskingResponse;
import crmcopilot.learning.model.secure.SecureAggregationServer;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Rounds of merchant-side agents under secure aggregation: the platform relays public
 * keys and encrypted shares, keeps only masked updates, and publishes the next global
 * model from their sum. A step closes when every agent expected has answered, or once
 * {@link #STEP_TIMEOUT} has passed with at least the threshold (agents that dropped out
 * are then unmasked from the others' shares); below the threshold the round is abandoned,
 * journalled, and agents start over on the same version.
 */
@Service
public class SecureAgentRounds {

	/** How long a step waits for agents that went silent. */
	static final Duration STEP_TIMEOUT = Duration.ofMinutes(2);

	private final AgentFederation federation;

	private final AuditJournal journal;

	private final LearningSettings settings;

	private final Clock clock;

	private @Nullable Round round;

	private @Nullable String lastFailure;

	@Autowired
	SecureAgentRounds(AgentFederation federation, AuditJournal journal, LearningSettings settings) {
		this(federation, journal, settings, Clock.systemUTC());
	}

	SecureAgentRounds(AgentFederation federation, AuditJournal journal, LearningSettings settings, Clock clock) {
		this.federation = federation;
		this.journal = journal;
		this.settings = settings;
		this.clock = clock;
	}

	/** What an agent learns when it asks where its round stands. */
	public record Status(String step, @Nullable Integer agent, @Nullable Object payload, @Nullable String failure) {
	}

	private static final class Round {

		final int baseVersion;

		final SecureAggregationServer server;

		final Map<UUID, Integer> agents = new LinkedHashMap<>();

		@Nullable Roster roster;

		Map<Integer, List<EncryptedShare>> inboxes = Map.of();

		@Nullable UnmaskingRequest unmasking;

		final Map<Integer, Boolean> answered = new HashMap<>();

		Instant stepStarted;

		Round(int baseVersion, int length, int threshold, Instant now) {
			this.baseVersion = baseVersion;
			this.server = new SecureAggregationServer(threshold, length);
			this.stepStarted = now;
		}

	}

	/** Step 0: an agent joins the open round of the current version with its keys. */
	public synchronized Status advertise(UUID merchant, int baseVersion, byte[] cipherPublicKey, byte[] maskPublicKey) {
		AgentFederation.GlobalSnapshot current = this.federation.current();
		if (baseVersion != current.version()) {
			throw new StaleRoundException(current.version());
		}
		if (this.round == null || this.round.baseVersion != baseVersion) {
			int size = this.settings.agentRoundSize();
			this.round = new Round(baseVersion, FixedPoint.encodedLength(current.weights().length),
					SecureAggregation.threshold(size), this.clock.instant());
			this.lastFailure = null;
		}
		Round open = this.round;
		if (open.roster != null || open.agents.containsKey(merchant)) {
			throw new IllegalStateException("this round has its agents already; wait for the next one");
		}
		int number = open.agents.size() + 1;
		open.server.receiveKeys(new KeyAdvertisement(number, cipherPublicKey, maskPublicKey));
		open.agents.put(merchant, number);
		this.journal.record(
				AuditEvent
					.of(merchant, "learning.agent.secure.keys-received", "global-model", String.valueOf(baseVersion),
							null, Map.of("agent", number))
					.by("agent", "system"));
		if (open.agents.size() >= this.settings.agentRoundSize()) {
			guarded(open, () -> open.roster = open.server.closeAdvertising());
			open.stepStarted = this.clock.instant();
		}
		return status(merchant);
	}

	/** Step 1: the agent's shares, encrypted for each other agent. */
	public synchronized Status shares(UUID merchant, List<EncryptedShare> shares) {
		Round open = member(merchant);
		open.server.receiveShares(open.agents.get(merchant), shares);
		open.answered.put(open.agents.get(merchant), true);
		if (open.answered.size() == open.agents.size()) {
			closeSharing(open);
		}
		return status(merchant);
	}

	/** Step 2: the agent's update under its masks. */
	public synchronized Status maskedInput(UUID merchant, long[] masked) {
		Round open = member(merchant);
		open.server.receiveMaskedInput(open.agents.get(merchant), masked);
		open.answered.put(open.agents.get(merchant), true);
		if (open.answered.size() == open.inboxes.size()) {
			closeMasking(open);
		}
		return status(merchant);
	}

	/** Step 3: the agent's shares for unmasking; the last one publishes the model. */
	public synchronized Status unmask(UUID merchant, UnmaskingResponse response) {
		Round open = member(merchant);
		int number = open.agents.get(merchant);
		if (response.from() != number) {
			throw new IllegalArgumentException("an agent answers for itself only");
		}
		open.server.receiveUnmasking(response);
		open.answered.put(number, true);
		UnmaskingRequest request = open.unmasking;
		if (request != null && open.answered.size() == request.survivors().size()) {
			finish(open);
		}
		return status(merchant);
	}

	/**
	 * Where the agent's round stands, with what it needs for its next step; a step whose
	 * time is up closes here if enough agents answered.
	 */
	public synchronized Status status(UUID merchant) {
		Round open = this.round;
		if (open == null || !open.agents.containsKey(merchant)) {
			return new Status("none", null, null, this.lastFailure);
		}
		boolean late = this.clock.instant().isAfter(open.stepStarted.plus(STEP_TIMEOUT));
		int number = open.agents.get(merchant);
		SecureAggregationServer.Step step = open.server.step();
		if (late && step == SecureAggregationServer.Step.ADVERTISING) {
			guarded(open, () -> open.roster = open.server.closeAdvertising());
			open.stepStarted = this.clock.instant();
		}
		else if (late && step == SecureAggregationServer.Step.SHARING) {
			closeSharing(open);
		}
		else if (late && step == SecureAggregationServer.Step.MASKING) {
			closeMasking(open);
		}
		else if (late && step == SecureAggregationServer.Step.UNMASKING) {
			finish(open);
		}
		if (this.round != open) {
			return new Status("none", null, null, this.lastFailure);
		}
		return switch (open.server.step()) {
			case SHARING -> new Status("sharing", number, open.roster, null);
			case MASKING -> new Status("masking", number, open.inboxes.getOrDefault(number, List.of()), null);
			case UNMASKING -> new Status("unmasking", number, open.unmasking, null);
			default -> new Status("advertising", number, null, null);
		};
	}

	private void closeSharing(Round open) {
		guarded(open, () -> open.inboxes = open.server.closeSharing());
		open.answered.clear();
		open.stepStarted = this.clock.instant();
	}

	private void closeMasking(Round open) {
		guarded(open, () -> open.unmasking = open.server.closeMasking());
		open.answered.clear();
		open.stepStarted = this.clock.instant();
	}

	private void finish(Round open) {
		List<Integer> survivors = new ArrayList<>(open.server.survivors());
		guarded(open, () -> {
			long[] sum = open.server.closeUnmasking();
			Optional<Integer> version = this.federation.publishSecureRound(open.baseVersion, FixedPoint.decodeMean(sum),
					survivors.size());
			if (version.isEmpty()) {
				throw new SecureAggregationException("publication (the base version moved on)", survivors.size(),
						open.server.survivors().size());
			}
		});
		this.round = null;
	}

	/** Runs a step; below the threshold the round is abandoned and journalled. */
	private void guarded(Round open, Runnable step) {
		try {
			step.run();
		}
		catch (SecureAggregationException ex) {
			this.round = null;
			this.lastFailure = ex.getMessage();
			for (UUID merchant : open.agents.keySet()) {
				this.journal
					.record(AuditEvent
						.of(merchant, "learning.agent.secure.round-failed", "global-model",
								String.valueOf(open.baseVersion), ex.getMessage(),
								Map.of("remaining", ex.remaining(), "threshold", ex.threshold()))
						.by("system", "system"));
			}
		}
	}

	private Round member(UUID merchant) {
		Round open = this.round;
		if (open == null || !open.agents.containsKey(merchant)) {
			throw new IllegalStateException("this agent is not in the open secure round");
		}
		return open;
	}

	/** The round's server, for checks of what the platform holds. */
	synchronized @Nullable SecureAggregationServer openRound() {
		return (this.round != null) ? this.round.server : null;
	}

}
