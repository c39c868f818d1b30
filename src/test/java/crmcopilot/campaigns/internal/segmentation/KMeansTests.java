package crmcopilot.campaigns.internal.segmentation;

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
	void should_match_a_plain_lloyd_reference_from_the_same_start() {
		// given blobs large enough to use both threads and several blocks per chunk
		FeatureMatrix data = blobs(70_001, 10, 8, 21);
		double[] start = new double[8 * 10];
		System.arraycopy(data.values(), 0, start, 0, start.length);
		// when both run 15 iterations from the first 8 rows
		KMeans.Result result = KMeans.fit(data, new KMeans.Options(8, 1, 0, 15, 0, start.clone(), 2));
		double[] reference = referenceLloyd(data, start, 8, 15);
		// then the centroids and the inertia agree
		double referenceInertia = KMeans.inertia(data, reference, 8);
		assertThat(Math.abs(result.inertia() - referenceInertia) / referenceInertia).isLessThan(1e-6);
		assertThat(result.inertia()).isCloseTo(recomputedInertia(data, result), within(1e-6 * referenceInertia));
		for (int m = 0; m < reference.length; m++) {
			assertThat(result.centroids()[m]).isCloseTo(reference[m], within(1e-9));
		}
	}

	@Test
	void should_pick_the_nearest_centroid_like_the_direct_distance() {
		// given rows and centroids with a large common offset, where the expanded form is
		// least precise
		SplittableRandom random = new SplittableRandom(8);
		int n = 1_000;
		double[] values = new double[n * 3];
		for (int i = 0; i < values.length; i++) {
			values[i] = 1000 + random.nextDouble(-5, 5);
		}
		FeatureMatrix data = matrix(3, values);
		double[] centroids = new double[5 * 3];
		System.arraycopy(values, 0, centroids, 0, centroids.length);
		// when
		KMeans.Result result = KMeans.fit(data, new KMeans.Options(5, 1, 0, 1, 0, centroids.clone(), 1));
		// then every label is a nearest centroid of the starting ones, up to rounding
		double[] after = new double[centroids.length];
		int[] counts = new int[5];
		for (int r = 0; r < n; r++) {
			double best = Double.POSITIVE_INFINITY;
			int label = 0;
			for (int j = 0; j < 5; j++) {
				double dist = distance(data, r, centroids, j);
				if (dist < best) {
					best = dist;
					label = j;
				}
			}
			counts[label]++;
			for (int c = 0; c < 3; c++) {
				after[label * 3 + c] += data.get(r, c);
			}
		}
		for (int m = 0; m < after.length; m++) {
			assertThat(result.centroids()[m]).isCloseTo(after[m] / counts[m / 3], within(1e-9));
		}
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

	/** Lloyd iterations as a plain NumPy script would write them, direct distances. */
	private static double[] referenceLloyd(FeatureMatrix data, double[] start, int k, int iterations) {
		int d = data.cols();
		double[] centroids = start.clone();
		for (int it = 0; it < iterations; it++) {
			double[] sums = new double[k * d];
			int[] counts = new int[k];
			for (int r = 0; r < data.rows(); r++) {
				int label = 0;
				double best = Double.POSITIVE_INFINITY;
				for (int j = 0; j < k; j++) {
					double dist = distance(data, r, centroids, j);
					if (dist < best) {
						best = dist;
						label = j;
					}
				}
				counts[label]++;
				for (int c = 0; c < d; c++) {
					sums[label * d + c] += data.get(r, c);
				}
			}
			for (int m = 0; m < sums.length; m++) {
				centroids[m] = sums[m] / counts[m / d];
			}
		}
		return centroids;
	}

	private static double distance(FeatureMatrix data, int row, double[] centroids, int j) {
		double s = 0;
		for (int c = 0; c < data.cols(); c++) {
			double diff = data.get(row, c) - centroids[j * data.cols() + c];
			s += diff * diff;
		}
		return s;
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
