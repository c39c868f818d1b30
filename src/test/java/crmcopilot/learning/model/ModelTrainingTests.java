package crmcopilot.learning.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ModelTrainingTests {

	/**
	 * Synthetic merchant: y ~ Bernoulli(sigmoid(w·x + b)) with merchant-specific shifts.
	 */
	static Dataset synthetic(int rows, double[] w, double bias, long seed) {
		Random random = new Random(seed);
		int d = w.length;
		double[] x = new double[rows * d];
		double[] y = new double[rows];
		for (int i = 0; i < rows; i++) {
			double z = bias;
			for (int j = 0; j < d; j++) {
				x[i * d + j] = random.nextGaussian();
				z += w[j] * x[i * d + j];
			}
			y[i] = (random.nextDouble() < LogisticRegression.sigmoid(z)) ? 1 : 0;
		}
		return new Dataset(x, y, rows, d);
	}

	@Test
	void metrics_follow_their_definitions_on_a_hand_made_example() {
		double[] scores = { 0.9, 0.8, 0.3, 0.2, 0.6 };
		double[] labels = { 1, 0, 1, 0, 0 };

		ModelMetrics metrics = ModelMetrics.of(scores, labels);

		// pairs (pos, neg): (0.9 > 0.8, 0.2, 0.6) = 3; (0.3 > 0.2) = 1 → 4/6
		assertThat(metrics.auc()).isCloseTo(4.0 / 6, within(1e-12));
		assertThat(metrics.accuracy()).isCloseTo(2.0 / 5, within(1e-12));
		assertThat(metrics.brier()).isCloseTo((0.01 + 0.64 + 0.49 + 0.04 + 0.36) / 5, within(1e-12));
		// top 20 % = 1 example (0.9, positive): rate 1 vs base 0.4 → uplift 1.5
		assertThat(metrics.predictedUplift()).isCloseTo(1.5, within(1e-12));
		assertThat(metrics.confidence()).isBetween(0.0, metrics.auc());
	}

	@Test
	void confidence_grows_with_held_out_size() {
		assertThat(ModelMetrics.confidence(0.85, 20, 80)).isLessThan(ModelMetrics.confidence(0.85, 2000, 8000));
		assertThat(ModelMetrics.confidence(0.85, 2000, 8000)).isCloseTo(0.85, within(0.02));
	}

	@Test
	void sgd_learns_a_separable_signal() {
		Dataset data = synthetic(4000, new double[] { 2, -1, 0 }, -0.5, 1);
		Dataset.Split split = data.split(0.25, 0);

		double[] model = LogisticRegression.train(split.train(), LogisticRegression.zeros(3), TrainOptions.defaults());

		assertThat(ModelMetrics.evaluate(model, split.test()).auc()).isGreaterThan(0.8);
		assertThat(model[0]).isGreaterThan(1);
		assertThat(model[1]).isLessThan(-0.5);
	}

	@Test
	void federated_rounds_help_small_merchants_and_record_each_round() {
		double[] w = { 1.5, -1, 0.5, 0, 0.8 };
		List<FederatedAveraging.Participant> participants = new ArrayList<>();
		for (int m = 0; m < 6; m++) {
			Dataset data = synthetic((m == 0) ? 3000 : 60, w, -0.3 + 0.1 * m, 10 + m);
			Dataset.Split split = data.split(0.25, m);
			Dataset test = synthetic(800, w, -0.3 + 0.1 * m, 100 + m);
			participants.add(new FederatedAveraging.Participant("m" + m, split.train(), test));
		}
		FederatedAveraging.Options options = new FederatedAveraging.Options(10, TrainOptions.defaults().withEpochs(1),
				FederatedAveraging.Method.FEDERATED_AVERAGING, 0, Long.MAX_VALUE, null, 0);

		FederatedAveraging.Result result = FederatedAveraging.run(LogisticRegression.zeros(5), participants, options);

		assertThat(result.rounds()).hasSize(10);
		assertThat(result.rounds().get(9).auc()).isGreaterThanOrEqualTo(result.rounds().get(0).auc() - 0.01);
		int improved = 0;
		for (FederatedAveraging.Participant small : participants.subList(1, 6)) {
			double[] local = LogisticRegression.train(small.train(), LogisticRegression.zeros(5),
					TrainOptions.defaults());
			if (ModelMetrics.evaluate(result.global(), small.heldOut())
				.auc() > ModelMetrics.evaluate(local, small.heldOut()).auc()) {
				improved++;
			}
		}
		assertThat(improved).isGreaterThanOrEqualTo(4);
	}

	@Test
	void mixing_weight_is_chosen_on_training_rows_and_follows_how_far_the_merchant_is_from_the_global_model() {
		double[] w = { 1.5, -1, 0.5, 0, 0.8 };
		double[] global = LogisticRegression.train(synthetic(5000, w, -0.3, 1), LogisticRegression.zeros(5),
				TrainOptions.defaults());
		Dataset alike = synthetic(80, w, -0.3, 2);
		Dataset opposite = synthetic(2000, new double[] { -1.5, 1, -0.5, 0, -0.8 }, -0.3, 3);

		PersonalizedMix small = PersonalizedMix.choose(global, alike, TrainOptions.defaults(), 0);
		PersonalizedMix different = PersonalizedMix.choose(global, opposite, TrainOptions.defaults(), 0);

		assertThat(small.alpha()).isGreaterThanOrEqualTo(0.5);
		assertThat(different.alpha()).isLessThanOrEqualTo(0.2);
		assertThat(small.personalized()).containsExactly(PersonalizedMix.mix(global, small.local(), small.alpha()));
		assertThat(PersonalizedMix.L2_GRID).contains(small.localL2());
		assertThat(small.validationAuc()).isGreaterThanOrEqualTo(small.validationLocalAuc());
	}

	@Test
	void fedprox_keeps_the_model_closer_to_its_start() {
		Dataset data = synthetic(500, new double[] { 3, 3 }, 0, 5);
		double[] start = { -1, -1, 0 };

		double[] plain = LogisticRegression.train(data, start, TrainOptions.defaults());
		double[] prox = LogisticRegression.train(data, start, TrainOptions.defaults().withProximalMu(1.0));

		assertThat(distance(prox, start)).isLessThan(distance(plain, start));
	}

	@Test
	void personalization_interpolates_between_global_and_tuned() {
		double[] global = { 0, 0 };
		double[] tuned = { 4, 8 };

		assertThat(Personalization.LOW.interpolate(global, tuned)).containsExactly(1.0, 2.0);
		assertThat(Personalization.HIGH.interpolate(global, tuned)).containsExactly(3.0, 6.0);
	}

	private static double distance(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += (a[i] - b[i]) * (a[i] - b[i]);
		}
		return Math.sqrt(sum);
	}

}
