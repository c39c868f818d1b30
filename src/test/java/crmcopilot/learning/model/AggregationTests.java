package crmcopilot.learning.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AggregationTests {

	@Test
	void fedavg_is_the_mean_weighted_by_example_count_exactly() {
		List<ModelUpdate> updates = List.of(new ModelUpdate(new double[] { 1, 2, 4 }, 1),
				new ModelUpdate(new double[] { 3, 6, 8 }, 3));

		double[] mean = Aggregation.fedAvg(updates);

		// (1·1 + 3·3)/4 = 2.5, (2 + 18)/4 = 5, (4 + 24)/4 = 7
		assertThat(mean).containsExactly(2.5, 5.0, 7.0);
	}

	@Test
	void parallel_block_accumulation_matches_the_sequential_one() {
		Random random = new Random(3);
		List<ModelUpdate> updates = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			double[] w = new double[10_001];
			for (int j = 0; j < w.length; j++) {
				w[j] = random.nextGaussian();
			}
			updates.add(new ModelUpdate(w, 1 + i));
		}
		Aggregation.FedAvgAccumulator sequential = new Aggregation.FedAvgAccumulator(10_001);
		updates.forEach(sequential::add);
		Aggregation.FedAvgAccumulator parallel = new Aggregation.FedAvgAccumulator(10_001);
		parallel.addAll(updates.subList(0, 4), 2);
		parallel.addAll(updates.subList(4, 7), 3);

		assertThat(parallel.totalExamples()).isEqualTo(sequential.totalExamples()).isEqualTo(28);
		assertThat(parallel.result()).containsExactly(sequential.result());
	}

	@Test
	void fedavg_refuses_mismatched_dimensions_and_empty_rounds() {
		assertThatThrownBy(() -> Aggregation.fedAvg(List.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Aggregation
			.fedAvg(List.of(new ModelUpdate(new double[] { 1 }, 1), new ModelUpdate(new double[] { 1, 2 }, 1))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void robust_aggregators_ignore_an_injected_outlier_that_drags_fedavg() {
		List<ModelUpdate> updates = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			updates.add(new ModelUpdate(new double[] { 1.0 + 0.01 * i, -1.0 }, 100));
		}
		updates.add(new ModelUpdate(new double[] { 1000, 1000 }, 100));

		double[] median = Aggregation.coordinateMedian(updates);
		double[] trimmed = Aggregation.trimmedMean(updates, 0.2);
		double[] naive = Aggregation.fedAvg(updates);

		assertThat(median[0]).isCloseTo(1.03, within(1e-9));
		assertThat(median[1]).isEqualTo(-1.0);
		assertThat(trimmed[0]).isBetween(1.0, 1.05);
		assertThat(trimmed[1]).isEqualTo(-1.0);
		assertThat(naive[0]).isGreaterThan(100);
	}

	@Test
	void clipping_bounds_the_norm_and_keeps_the_direction() {
		double[] clipped = Aggregation.clip(new double[] { 3, 4 }, 1);

		assertThat(Aggregation.norm(clipped)).isCloseTo(1, within(1e-12));
		assertThat(clipped[0]).isCloseTo(0.6, within(1e-12));
		assertThat(clipped[1]).isCloseTo(0.8, within(1e-12));
		assertThat(Aggregation.clip(new double[] { 0.3, 0.4 }, 1)).containsExactly(0.3, 0.4);
	}

	@Test
	void gaussian_noise_has_the_requested_standard_deviation() {
		double[] noisy = Aggregation.gaussianNoise(new double[200_000], 0.5, new Random(1));

		double sum = 0;
		double squares = 0;
		for (double value : noisy) {
			sum += value;
			squares += value * value;
		}
		double mean = sum / noisy.length;
		assertThat(mean).isCloseTo(0, within(0.01));
		assertThat(Math.sqrt(squares / noisy.length - mean * mean)).isCloseTo(0.5, within(0.005));
	}

	@Test
	void private_aggregation_adds_noise_scaled_by_multiplier_clip_and_participants() {
		FederatedAveraging.Options options = new FederatedAveraging.Options(1, TrainOptions.defaults(),
				FederatedAveraging.Method.FEDERATED_AVERAGING, 0, Long.MAX_VALUE,
				new FederatedAveraging.Privacy(1.0, 2.0, 1e-5), 0);
		double[] global = new double[50_000];
		List<ModelUpdate> updates = List.of(new ModelUpdate(new double[50_000], 10),
				new ModelUpdate(new double[50_000], 10), new ModelUpdate(new double[50_000], 10),
				new ModelUpdate(new double[50_000], 10));

		double[] next = FederatedAveraging.aggregate(global, updates, options, new Random(3));

		// zero updates: the result is pure noise of sd = 2.0 · 1.0 / 4 = 0.5
		double squares = 0;
		for (double value : next) {
			squares += value * value;
		}
		assertThat(Math.sqrt(squares / next.length)).isCloseTo(0.5, within(0.01));
	}

	@Test
	void claimed_example_counts_are_capped() {
		FederatedAveraging.Options options = new FederatedAveraging.Options(1, TrainOptions.defaults(),
				FederatedAveraging.Method.FEDERATED_AVERAGING, 0, 100, null, 0);
		List<ModelUpdate> updates = List.of(new ModelUpdate(new double[] { 0 }, 100),
				new ModelUpdate(new double[] { 1 }, 1_000_000_000L));

		double[] next = FederatedAveraging.aggregate(new double[] { 0 }, updates, options, new Random(0));

		assertThat(next[0]).isEqualTo(0.5);
	}

}
