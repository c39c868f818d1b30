package crmcopilot.campaigns.internal.segmentation;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LloydKernelTests {

	@Test
	void should_assign_every_row_to_its_nearest_centroid_for_any_shape() {
		SplittableRandom random = new SplittableRandom(4);
		int[][] shapes = { { 1, 1 }, { 1, 3 }, { 4, 2 }, { 5, 3 }, { 13, 8 }, { 10, 17 }, { 7, 5 } };
		for (int[] shape : shapes) {
			int d = shape[0];
			int k = shape[1];
			// a row count that is not a multiple of the block size, a range not starting
			// at 0
			int n = 3 * LloydKernel.BLOCK + 77;
			int from = 5;
			double[] x = new double[n * d];
			for (int i = 0; i < x.length; i++) {
				x[i] = random.nextDouble(-4, 4);
			}
			double[] centroids = new double[k * d];
			for (int i = 0; i < centroids.length; i++) {
				centroids[i] = random.nextDouble(-4, 4);
			}
			int[] labels = new int[n];
			double[] sums = new double[k * d];
			int[] counts = new int[k];
			double inertia = LloydKernel.assign(x, d, from, n, LloydKernel.Centroids.of(centroids, k, d), labels, sums,
					counts, new LloydKernel.Scratch(d), true);
			double expectedInertia = 0;
			double[] expectedSums = new double[k * d];
			int[] expectedCounts = new int[k];
			for (int r = from; r < n; r++) {
				int nearest = 0;
				double best = Double.POSITIVE_INFINITY;
				for (int j = 0; j < k; j++) {
					double distance = LloydKernel.squaredDistance(x, r * d, centroids, j * d, d);
					if (distance < best) {
						best = distance;
						nearest = j;
					}
				}
				assertThat(labels[r]).as("d=%d k=%d row %d", d, k, r).isEqualTo(nearest);
				expectedInertia += best;
				expectedCounts[nearest]++;
				for (int c = 0; c < d; c++) {
					expectedSums[nearest * d + c] += x[r * d + c];
				}
			}
			assertThat(labels[0]).isZero();
			assertThat(counts).isEqualTo(expectedCounts);
			assertThat(inertia).isCloseTo(expectedInertia, within(1e-9 * expectedInertia));
			for (int m = 0; m < sums.length; m++) {
				assertThat(sums[m]).isCloseTo(expectedSums[m], within(1e-9));
			}
		}
	}

	@Test
	void should_give_ties_to_the_lowest_centroid() {
		// given three identical centroids and one farther away
		double[] x = { 1, 1, 2, 2, -1, -1 };
		double[] centroids = { 9, 9, 0, 0, 0, 0, 0, 0 };
		// (the first centroid is far from every row, the other three are equal)
		int[] labels = new int[3];
		// when
		double inertia = LloydKernel.assign(x, 2, 0, 3, LloydKernel.Centroids.of(centroids, 4, 2), labels,
				new double[8], new int[4], new LloydKernel.Scratch(2), false);
		// then
		assertThat(labels).containsExactly(1, 1, 1);
		assertThat(inertia).isZero();
	}

}
