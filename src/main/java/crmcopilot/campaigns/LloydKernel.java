package crmcopilot.campaigns;

/**
 * The inner loop of a Lloyd iteration over a range of rows: nearest centroid of each row,
 * per-cluster sums and counts, and the sum of squared distances. Centroids are passed
 * transposed ({@code ct[dim * k + cluster]}) so that the innermost loop runs over the
 * clusters on contiguous memory, which the JIT compiles to vector instructions.
 */
final class LloydKernel {

	private LloydKernel() {
	}

	/**
	 * Assigns rows {@code [from, to)}.
	 * @param x row-major data, {@code d} values per row
	 * @param ct transposed centroids, {@code d * k} values
	 * @param labels receives the nearest centroid of each row
	 * @param sums receives, added, the per-cluster sums ({@code k * d}, row-major)
	 * @param counts receives, added, the per-cluster counts
	 * @param dist scratch space of {@code k} values
	 * @return the sum of squared distances of the rows to their nearest centroid
	 */
	static double assign(double[] x, int d, int from, int to, double[] ct, int k, int[] labels, double[] sums,
			int[] counts, double[] dist) {
		double inertia = 0;
		for (int r = from; r < to; r++) {
			int base = r * d;
			for (int j = 0; j < k; j++) {
				dist[j] = 0;
			}
			for (int c = 0; c < d; c++) {
				double v = x[base + c];
				int cb = c * k;
				for (int j = 0; j < k; j++) {
					double diff = v - ct[cb + j];
					dist[j] += diff * diff;
				}
			}
			int best = 0;
			double bestDistance = dist[0];
			for (int j = 1; j < k; j++) {
				if (dist[j] < bestDistance) {
					bestDistance = dist[j];
					best = j;
				}
			}
			labels[r] = best;
			inertia += bestDistance;
			counts[best]++;
			int sb = best * d;
			for (int c = 0; c < d; c++) {
				sums[sb + c] += x[base + c];
			}
		}
		return inertia;
	}

	static double[] transpose(double[] centroids, int k, int d) {
		double[] ct = new double[k * d];
		for (int j = 0; j < k; j++) {
			for (int c = 0; c < d; c++) {
				ct[c * k + j] = centroids[j * d + c];
			}
		}
		return ct;
	}

	static double squaredDistance(double[] x, int rowOffset, double[] centroids, int centroidOffset, int d) {
		double s = 0;
		for (int c = 0; c < d; c++) {
			double diff = x[rowOffset + c] - centroids[centroidOffset + c];
			s += diff * diff;
		}
		return s;
	}

}
