package crmcopilot.learning.internal.federation;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.SettableClock;
import crmcopilot.learning.internal.LearningSettings;
import crmcopilot.learning.model.Aggregation;
import crmcopilot.learning.model.ModelUpdate;
import crmcopilot.learning.model.SessionSchema;
import crmcopilot.learning.model.secure.FixedPoint;
import crmcopilot.learning.model.secure.SecureAggregationClient;
import crmcopilot.learning.model.secure.SecureAggregationMessages.EncryptedShare;
import crmcopilot.learning.model.secure.SecureAggregationMessages.Roster;
import crmcopilot.learning.model.secure.SecureAggregationMessages.UnmaskingRequest;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SecureAgentRoundsTests {

	private static final int DIMENSION = 6;

	private final AgentFederation federation = mock(AgentFederation.class);

	private final AuditJournal journal = mock(AuditJournal.class);

	private final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T10:00:00Z"));

	private final SecureAgentRounds rounds = new SecureAgentRounds(
			this.federation, this.journal, new LearningSettings("0 2 * * *", 20, 3, 3, 100_000, 3, false, 1e-5, 1000,
					500_000, DataSize.ofMegabytes(64), 500_000, 1_500_000, LearningSettings.Drift.DEFAULTS),
			this.clock);

	private final List<UUID> merchants = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

	private final List<ModelUpdate> updates = List.of(update(1, 120), update(2, 800), update(3, 45));

	SecureAgentRoundsTests() {
		when(this.federation.current())
			.thenReturn(new AgentFederation.GlobalSnapshot(4, SessionSchema.standard(), new double[DIMENSION], "sha"));
		when(this.federation.publishSecureRound(eq(4), any(), anyInt())).thenReturn(Optional.of(5));
	}

	@Test
	void should_publish_the_fedavg_of_the_agents_and_keep_only_masked_updates() {
		// when
		List<SecureAggregationClient> agents = runUntilMasked(Integer.MAX_VALUE);
		List<long[]> held = new ArrayList<>(this.rounds.openRound().maskedInputs().values());
		unmask(agents);

		// then the platform held each agent's update only masked, and journalled no
		// weights
		for (int i = 0; i < 3; i++) {
			assertThat(held.get(i)).isNotEqualTo(FixedPoint.encode(this.updates.get(i), 3));
		}
		ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
		verify(this.journal, atLeastOnce()).record(events.capture());
		assertThat(events.getAllValues().toString()).doesNotContain(Double.toString(this.updates.get(0).weights()[0]));
		ArgumentCaptor<ModelUpdate> published = ArgumentCaptor.forClass(ModelUpdate.class);
		verify(this.federation).publishSecureRound(eq(4), published.capture(), eq(3));
		assertClose(published.getValue().weights(), Aggregation.fedAvg(this.updates));
		assertThat(this.rounds.status(this.merchants.get(0)).step()).isEqualTo("none");
	}

	@Test
	void should_complete_the_round_when_an_agent_goes_silent_after_sending_its_keys_and_shares() {
		// given agent 3 sent keys and shares, then nothing
		List<SecureAggregationClient> agents = runUntilMasked(2);

		// when the masking step times out and the two others unmask
		this.clock.advance(SecureAgentRounds.STEP_TIMEOUT.plusSeconds(1));
		assertThat(this.rounds.status(this.merchants.get(0)).step()).isEqualTo("unmasking");
		unmask(agents.subList(0, 2));

		// then
		ArgumentCaptor<ModelUpdate> published = ArgumentCaptor.forClass(ModelUpdate.class);
		verify(this.federation).publishSecureRound(eq(4), published.capture(), eq(2));
		assertClose(published.getValue().weights(), Aggregation.fedAvg(this.updates.subList(0, 2)));
	}

	@Test
	void should_abandon_the_round_with_a_clear_message_below_the_threshold() {
		// given only one of three agents sends its masked update
		runUntilMasked(1);

		// when the step times out
		this.clock.advance(SecureAgentRounds.STEP_TIMEOUT.plusSeconds(1));
		SecureAgentRounds.Status status = this.rounds.status(this.merchants.get(0));

		// then
		assertThat(status.step()).isEqualTo("none");
		assertThat(status.failure()).isEqualTo("secure aggregation stopped at the masked inputs: 1 agents remain and "
				+ "the threshold is 2; nothing was unmasked and the round produces no model");
		verify(this.federation, never()).publishSecureRound(anyInt(), any(), anyInt());
		ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
		verify(this.journal, atLeastOnce()).record(events.capture());
		assertThat(events.getAllValues())
			.anySatisfy((event) -> assertThat(event.toString()).contains("learning.agent.secure.round-failed"));
	}

	/**
	 * Runs the round until {@code maskingAgents} of the three sent their masked update.
	 */
	private List<SecureAggregationClient> runUntilMasked(int maskingAgents) {
		SecureRandom random = new SecureRandom();
		List<SecureAggregationClient> agents = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			SecureAggregationClient agent = new SecureAggregationClient(i + 1,
					FixedPoint.encode(this.updates.get(i), 3), random);
			var keys = agent.advertise();
			assertThat(this.rounds.advertise(this.merchants.get(i), 4, keys.cipherPublicKey(), keys.maskPublicKey())
				.agent()).isEqualTo(i + 1);
			agents.add(agent);
		}
		for (int i = 0; i < 3; i++) {
			Roster roster = (Roster) this.rounds.status(this.merchants.get(i)).payload();
			this.rounds.shares(this.merchants.get(i), agents.get(i).shareKeys(roster));
		}
		for (int i = 0; i < Math.min(3, maskingAgents); i++) {
			@SuppressWarnings("unchecked")
			List<EncryptedShare> inbox = (List<EncryptedShare>) this.rounds.status(this.merchants.get(i)).payload();
			this.rounds.maskedInput(this.merchants.get(i), agents.get(i).maskedInput(inbox));
		}
		return agents;
	}

	private void unmask(List<SecureAggregationClient> agents) {
		for (SecureAggregationClient agent : agents) {
			UUID merchant = this.merchants.get(agent.id() - 1);
			UnmaskingRequest request = (UnmaskingRequest) this.rounds.status(merchant).payload();
			this.rounds.unmask(merchant, agent.unmask(request));
		}
	}

	private static ModelUpdate update(long seed, long examples) {
		java.util.Random random = new java.util.Random(seed);
		double[] w = new double[DIMENSION];
		Arrays.setAll(w, (j) -> random.nextGaussian());
		return new ModelUpdate(w, examples);
	}

	private static void assertClose(double[] actual, double[] expected) {
		for (int j = 0; j < expected.length; j++) {
			assertThat(actual[j]).isCloseTo(expected[j], within(1e-9));
		}
	}

}
