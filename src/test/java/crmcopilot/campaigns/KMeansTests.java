package crmcopilot.campaigns;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class KMeansTests {

	@Test
	void should_find_the_centres_of_well_separated_groups() {
		// given two groups of four points around (0,0) and (10,10)
		FeatureMatrix data = matrix(2, 0, 0, 0, 1, 1, 0, 1, 1, 10, 10, 10, 11, 11, 10, 11, 11);
		// when
		KMeans.Result result = KMeans.fit(data, KMeans.Options.of(2));
		// then
		int low = result.labels()[0];
		assertThat(result.centroid(low, 0)).isEqualTo(0.5);
		assertThat(result.centroid(low, 1)).isEqualTo(0.5);
		assertThat(result.centroid(1 - low, 0)).isEqualTo(10.5);
		assertThat(result.inertia()).isCloseTo(4.0, within(1e-12));
		assertThat(result.sizes()).containsExactlyInAnyOrder(4, 4);
		assertThat(result.labels()).containsExactly(low, low, low, low, 1 - low, 1 - low, 1 - low, 1 - low);
	}

	@Test
	void should_reach_the_brute_force_optimum_on_tiny_sets() {
		SplittableRandom random = new SplittableRandom(3);
		for (int trial = 0; trial < 20; trial++) {
			int n = 7 + trial % 3;
			int k = 2 + trial % 2;
			double[] values = new double[n * 2];
			for (int i = 0; i < values.length; i++) {
				values[i] = random.nextDouble(-5, 5);
			}
			FeatureMatrix data = matrix(2, values);
			double optimum = bruteForceOptimum(data, k);
			KMeans.Result result = KMeans.fit(data, KMeans.Options.of(k).withNInit(20).withSeed(trial));
			assertThat(result.inertia()).as("trial %d", trial).isCloseTo(optimum, within(1e-9));
		}
	}

	@Test
	void should_refill_an_empty_cluster_with_the_farthest_point() {
		// given a start where the second centroid is far from every point
		FeatureMatrix data = matrix(1, 0, 1, 2, 10, 11, 12);
		double[] start = { 5, 1000, 6 };
		// when
		KMeans.Result result = KMeans.fit(data, new KMeans.Options(3, 1, 0, 50, 1e-4, start, 1));
		// then every cluster holds rows and the result is a valid partition
		assertThat(result.sizes()).doesNotContain(0);
		assertThat(result.sizes()[0] + result.sizes()[1] + result.sizes()[2]).isEqualTo(6);
		assertThat(result.inertia()).isCloseTo(recomputedInertia(data, result), within(1e-9));
		assertThat(result.inertia()).isLessThan(5.0);
	}

	@Test
	void should_give_identical_results_for_identical_seeds() {
		FeatureMatrix data = blobs(5_000, 4, 5, 11);
		KMeans.Result first = KMeans.fit(data, KMeans.Options.of(5).withSeed(42));
		KMeans.Result second = KMeans.fit(data, KMeans.Options.of(5).withSeed(42));
		assertThat(second.labels()).isEqualTo(first.labels());
		assertThat(second.centroids()).isEqualTo(first.centroids());
		assertThat(second.inertia()).isEqualTo(first.inertia());
		assertThat(first.seed()).isEqualTo(42);
		assertThat(first.restarts()).isEqualTo(10);
	}

	@Test
	void should_not_depend_on_the_number_of_threads() {
		FeatureMatrix data = blobs(100_000, 3, 4, 5);
		KMeans.Options options = KMeans.Options.of(4).withNInit(2);
		KMeans.Result one = KMeans.fit(data, new KMeans.Options(4, 2, 0, 300, 1e-4, null, 1));
		KMeans.Result two = KMeans.fit(data, new KMeans.Options(4, 2, 0, 300, 1e-4, null, 2));
		assertThat(two.labels()).isEqualTo(one.labels());
		assertThat(two.inertia()).isEqualTo(one.inertia());
	}

	@Test
	void should_run_exactly_max_iter_iterations_when_tol_is_zero() {
		FeatureMatrix data = blobs(2_000, 2, 3, 1);
		KMeans.Result result = KMeans.fit(data, new KMeans.Options(3, 1, 0, 37, 0, null, 1));
		assertThat(result.iterations()).isEqualTo(37);
		KMeans.Result converging = KMeans.fit(data, new KMeans.Options(3, 1, 0, 300, 1e-4, null, 1));
		assertThat(converging.iterations()).isLessThan(300);
	}

	@Test
	void should_report_the_inertia_of_the_final_centroids() {
		FeatureMatrix data = blobs(3_000, 3, 4, 9);
		KMeans.Result result = KMeans.fit(data, new KMeans.Options(4, 1, 0, 2, 0, null, 1));
		assertThat(result.inertia()).isCloseTo(recomputedInertia(data, result), within(1e-6));
		assertThat(result.inertia()).isCloseTo(KMeans.inertia(data, result.centroids(), 4), within(1e-6));
	}

	@Test
	void should_use_the_given_start_as_the_only_start() {
		FeatureMatrix data = matrix(1, 0, 1, 10, 11);
		KMeans.Result result = KMeans.fit(data, new KMeans.Options(2, 10, 0, 1, 0, new double[] { 0, 1 }, 1));
		assertThat(result.restarts()).isEqualTo(1);
		// one Lloyd step from (0, 1): {0} and {1, 10, 11}
		assertThat(result.centroid(0, 0)).isEqualTo(0.0);
		assertThat(result.centroid(1, 0)).isCloseTo(22.0 / 3, within(1e-12));
	}

	@Test
	void should_refuse_more_clusters_than_rows() {
		assertThatIllegalArgumentException().isThrownBy(() -> KMeans.fit(matrix(1, 1, 2), KMeans.Options.of(3)))
			.withMessageContaining("k = 3");
	}

	@Test
	void should_standardise_with_the_population_standard_deviation() {
		FeatureMatrix data = matrix(2, 1, 5, 2, 5, 3, 5, 4, 5);
		StandardScaler scaler = StandardScaler.fit(data);
		assertThat(scaler.means()).containsExactly(2.5, 5.0);
		assertThat(scaler.scales()[0]).isCloseTo(Math.sqrt(1.25), within(1e-12));
		assertThat(scaler.scales()[1]).isEqualTo(1.0);
		FeatureMatrix z = scaler.transform(data);
		assertThat(z.get(0, 0)).isCloseTo(-1.5 / Math.sqrt(1.25), within(1e-12));
		assertThat(z.get(0, 1)).isEqualTo(0.0);
		assertThat(scaler.inverse(z.values())[6]).isCloseTo(4.0, within(1e-12));
	}

	static FeatureMatrix matrix(int cols, double... values) {
		List<String> names = new ArrayList<>();
		for (int c = 0; c < cols; c++) {
			names.add("f" + c);
		}
		return new FeatureMatrix(values, values.length / cols, cols, names);
	}

	static FeatureMatrix blobs(int rows, int dims, int k, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[] centres = new double[k * dims];
		for (int i = 0; i < centres.length; i++) {
			centres[i] = random.nextDouble(-10, 10);
		}
		double[] values = new double[rows * dims];
		for (int r = 0; r < rows; r++) {
			int cluster = random.nextInt(k);
			for (int c = 0; c < dims; c++) {
				values[r * dims + c] = centres[cluster * dims + c] + random.nextDouble(-3, 3);
			}
		}
		return matrix(dims, values);
	}

	private static double recomputedInertia(FeatureMatrix data, KMeans.Result result) {
		double total = 0;
		for (int r = 0; r < data.rows(); r++) {
			for (int c = 0; c < data.cols(); c++) {
				double diff = data.get(r, c) - result.centroid(result.labels()[r], c);
				total += diff * diff;
			}
		}
		return total;
	}

	/**
	 * Every assignment of n rows to k non-empty clusters; the lowest within-cluster sum.
	 */
	private static double bruteForceOptimum(FeatureMatrix data, int k) {
		int n = data.rows();
		int[] labels = new int[n];
		double best = Double.POSITIVE_INFINITY;
		int total = (int) Math.pow(k, n);
		for (int code = 0; code < total; code++) {
			int rest = code;
			for (int i = 0; i < n; i++) {
				labels[i] = rest % k;
				rest /= k;
			}
			int[] sizes = KMeans.sizes(labels, k);
			boolean full = true;
			for (int size : sizes) {
				full &= size > 0;
			}
			if (!full) {
				continue;
			}
			double[] means = new double[k * data.cols()];
			for (int i = 0; i < n; i++) {
				for (int c = 0; c < data.cols(); c++) {
					means[labels[i] * data.cols() + c] += data.get(i, c) / sizes[labels[i]];
				}
			}
			double sum = 0;
			for (int i = 0; i < n; i++) {
				for (int c = 0; c < data.cols(); c++) {
					double diff = data.get(i, c) - means[labels[i] * data.cols() + c];
					sum += diff * diff;
				}
			}
			best = Math.min(best, sum);
		}
		return best;
	}

}
