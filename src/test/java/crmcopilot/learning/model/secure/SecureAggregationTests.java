package crmcopilot.learning.model.secure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import crmcopilot.learning.model.Aggregation;
import crmcopilot.learning.model.ModelUpdate;
import crmcopilot.learning.model.secure.SecureAggregation.Dropouts;
import crmcopilot.learning.model.secure.SecureAggregation.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SecureAggregationTests {

	@Test
	void should_give_the_fedavg_of_the_updates_within_1e_9() {
		List<ModelUpdate> updates = updates(7, 501, 1);

		double[] secure = SecureAggregation.fedAvg(updates);

		assertClose(secure, Aggregation.fedAvg(updates));
	}

	@Test
	void should_never_hold_or_log_an_agent_update_in_the_clear() {
		// given
		List<ModelUpdate> updates = updates(5, 200, 2);

		// when
		Outcome outcome = SecureAggregation.run(updates, 3, Dropouts.NONE);

		// then: what the server kept of each agent is its masked input, unrelated to the
		// update (no coordinate in common, and it decodes to noise)
		assertThat(outcome.server().maskedInputs()).hasSize(5);
		for (int agent = 1; agent <= 5; agent++) {
			ModelUpdate update = updates.get(agent - 1);
			long[] encoded = FixedPoint.encode(update, 5);
			long[] stored = outcome.server().maskedInputs().get(agent);
			long same = java.util.stream.IntStream.range(0, encoded.length)
				.filter((j) -> encoded[j] == stored[j])
				.count();
			assertThat(same).isZero();
			assertThat(Arrays.toString(stored)).doesNotContain(Long.toString(encoded[0]));
			double[] asIfPlain = Arrays.stream(stored, 0, 200)
				.mapToDouble((v) -> v / 0x1p32 / update.examples())
				.toArray();
			assertThat(Aggregation.norm(difference(asIfPlain, update.weights())))
				.isGreaterThan(1e3 * Aggregation.norm(update.weights()));
		}
		assertClose(outcome.mean().weights(), Aggregation.fedAvg(updates));
	}

	@Test
	void should_complete_the_round_when_an_agent_drops_after_sending_its_keys_and_shares() {
		// given agent 3 (index 2) advertises keys, sends its shares, then goes silent
		List<ModelUpdate> updates = updates(5, 300, 3);

		// when
		Outcome outcome = SecureAggregation.run(updates, 3, new Dropouts(Set.of(), Set.of(2), Set.of()));

		// then its pairwise masks were rebuilt from the others' shares and removed
		List<ModelUpdate> present = new ArrayList<>(updates);
		present.remove(2);
		assertThat(outcome.server().dropped()).containsExactly(3);
		assertThat(outcome.mean().examples()).isEqualTo(present.stream().mapToLong(ModelUpdate::examples).sum());
		assertClose(outcome.mean().weights(), Aggregation.fedAvg(present));
	}

	@Test
	void should_complete_the_round_when_agents_drop_after_their_keys_and_after_their_input() {
		List<ModelUpdate> updates = updates(6, 100, 4);

		Outcome outcome = SecureAggregation.run(updates, 4, new Dropouts(Set.of(0), Set.of(), Set.of(5)));

		assertClose(outcome.mean().weights(), Aggregation.fedAvg(updates.subList(1, 6)));
	}

	@Test
	void should_fail_safely_with_a_clear_message_below_the_threshold() {
		// given 5 agents, threshold 3, and three leave after sharing their keys
		List<ModelUpdate> updates = updates(5, 50, 5);

		// when / then
		assertThatThrownBy(() -> SecureAggregation.run(updates, 3, new Dropouts(Set.of(), Set.of(0, 1, 2), Set.of())))
			.isInstanceOf(SecureAggregationException.class)
			.hasMessage("secure aggregation stopped at the masked inputs: 2 agents remain and the threshold is 3; "
					+ "nothing was unmasked and the round produces no model");
	}

	@Test
	void should_drop_what_it_held_when_the_round_fails() {
		SecureAggregationServer server = new SecureAggregationServer(2, 3);
		SecureAggregationClient only = new SecureAggregationClient(1, new long[] { 1, 2, 3 },
				new java.security.SecureRandom());
		server.receiveKeys(only.advertise());

		assertThatThrownBy(server::closeAdvertising).isInstanceOf(SecureAggregationException.class)
			.hasMessageContaining("1 agents remain and the threshold is 2");
		assertThat(server.step()).isEqualTo(SecureAggregationServer.Step.FAILED);
		assertThat(server.maskedInputs()).isEmpty();
	}

	@Test
	void should_refuse_an_unmasking_request_that_would_reveal_both_secrets_of_an_agent() {
		// given a round of three where every agent sent its masked input
		java.security.SecureRandom random = new java.security.SecureRandom();
		List<SecureAggregationClient> clients = List.of(new SecureAggregationClient(1, new long[] { 1 }, random),
				new SecureAggregationClient(2, new long[] { 2 }, random),
				new SecureAggregationClient(3, new long[] { 3 }, random));
		SecureAggregationServer server = new SecureAggregationServer(2, 1);
		clients.forEach((c) -> server.receiveKeys(c.advertise()));
		var roster = server.closeAdvertising();
		clients.forEach((c) -> server.receiveShares(c.id(), c.shareKeys(roster)));
		var inboxes = server.closeSharing();
		clients.forEach((c) -> server.receiveMaskedInput(c.id(), c.maskedInput(inboxes.get(c.id()))));

		// when a dishonest server calls agent 3 both a survivor and dropped
		var request = new SecureAggregationMessages.UnmaskingRequest(List.of(1, 2, 3), List.of(3));

		// then
		assertThatThrownBy(() -> clients.get(0).unmask(request)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void should_recover_a_secret_from_any_threshold_of_shares_and_not_from_fewer() {
		byte[] secret = new byte[32];
		new Random(6).nextBytes(secret);
		byte[][] shares = ShamirSharing.split(secret, 5, 3, new java.security.SecureRandom());

		byte[] fromThree = ShamirSharing.combine(ShamirSharing.lagrangeAtZero(new int[] { 2, 4, 5 }),
				new byte[][] { shares[1], shares[3], shares[4] }, 32);
		byte[] fromOtherThree = ShamirSharing.combine(ShamirSharing.lagrangeAtZero(new int[] { 1, 2, 3 }),
				new byte[][] { shares[0], shares[1], shares[2] }, 32);

		assertThat(fromThree).isEqualTo(secret);
		assertThat(fromOtherThree).isEqualTo(secret);
		assertThatThrownBy(() -> ShamirSharing.combine(ShamirSharing.lagrangeAtZero(new int[] { 1, 2 }),
				new byte[][] { shares[0], shares[1] }, 32))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void should_derive_the_rfc_5869_test_vector() {
		java.util.HexFormat hex = java.util.HexFormat.of();
		byte[] ikm = hex.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
		byte[] salt = hex.parseHex("000102030405060708090a0b0c");
		byte[] info = hex.parseHex("f0f1f2f3f4f5f6f7f8f9");

		byte[] okm = Hkdf.derive(ikm, salt, info, 42);

		assertThat(hex.formatHex(okm))
			.isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
	}

	@Test
	void should_mask_and_share_only_within_neighbourhoods_of_2_log_n_agents_in_a_large_round() {
		// given 40 agents: each links with 2 · ⌈log₂ 40⌉ = 12 neighbours, not 39
		List<ModelUpdate> updates = updates(40, 30, 7);
		List<SecureAggregationClient> agents = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			agents.add(new SecureAggregationClient(i + 1, FixedPoint.encode(updates.get(i), 40),
					new java.security.SecureRandom()));
		}
		SecureAggregationServer server = new SecureAggregationServer(SecureAggregation.threshold(40), 31);
		agents.forEach((agent) -> server.receiveKeys(agent.advertise()));
		SecureAggregationMessages.Roster roster = server.closeAdvertising();

		// when / then
		assertThat(SecureAggregation.threshold(40)).isEqualTo(7);
		for (SecureAggregationClient agent : agents) {
			assertThat(agent.shareKeys(roster)).hasSize(12);
		}
	}

	@Test
	void should_give_the_fedavg_of_a_large_round_with_a_dropout_within_1e_9() {
		// given 40 agents, agent 12 (index 11) silent after sharing its keys
		List<ModelUpdate> updates = updates(40, 60, 8);

		// when
		Outcome outcome = SecureAggregation.run(updates, SecureAggregation.threshold(40),
				new Dropouts(Set.of(), Set.of(11), Set.of()));

		// then its masks with its neighbours were rebuilt from their shares and removed
		List<ModelUpdate> present = new ArrayList<>(updates);
		present.remove(11);
		assertThat(outcome.server().dropped()).containsExactly(12);
		assertClose(outcome.mean().weights(), Aggregation.fedAvg(present));
	}

	@Test
	void should_fail_safely_in_a_large_round_when_too_few_agents_remain() {
		List<ModelUpdate> updates = updates(40, 10, 9);
		Set<Integer> leaving = new java.util.HashSet<>();
		for (int i = 0; i < 34; i++) {
			leaving.add(i);
		}

		assertThatThrownBy(() -> SecureAggregation.run(updates, SecureAggregation.threshold(40),
				new Dropouts(Set.of(), leaving, Set.of())))
			.isInstanceOf(SecureAggregationException.class);
	}

	@Test
	void should_refuse_an_update_whose_encoding_could_wrap_the_sum() {
		assertThatThrownBy(() -> FixedPoint.encode(new ModelUpdate(new double[] { 1e9 }, 100_000), 10))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("too large for secure aggregation");
	}

	private static List<ModelUpdate> updates(int count, int dimension, long seed) {
		Random random = new Random(seed);
		List<ModelUpdate> updates = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			double[] w = new double[dimension];
			for (int j = 0; j < dimension; j++) {
				w[j] = 3 * random.nextGaussian();
			}
			updates.add(new ModelUpdate(w, 50 + random.nextInt(5000)));
		}
		return updates;
	}

	private static double[] difference(double[] a, double[] b) {
		double[] d = new double[a.length];
		for (int j = 0; j < a.length; j++) {
			d[j] = a[j] - b[j];
		}
		return d;
	}

	private static void assertClose(double[] actual, double[] expected) {
		assertThat(actual).hasSameSizeAs(expected);
		for (int j = 0; j < expected.length; j++) {
			assertThat(actual[j]).isCloseTo(expected[j], within(1e-9));
		}
	}

}
