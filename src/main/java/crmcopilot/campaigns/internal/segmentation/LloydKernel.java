package crmcopilot.campaigns.internal.segmentation;

/**
 * The inner loop of a Lloyd iteration over a range of rows: nearest centroid of each row,
 * per-cluster sums and counts, and optionally the sum of squared distances.
 * <p>
 * Rows are handled in blocks of {@link #BLOCK} rows copied column by column into a
 * scratch buffer, so that every inner loop runs over the rows of the block on contiguous
 * memory, which the JIT compiles to vector instructions. As in scikit-learn, the nearest
 * centroid is found with the expanded form {@code ||c||² - 2 x·c} (the term
 * {@code ||x||²} is the same for every centroid); the inertia, when asked for, is
 * computed in the direct form {@code Σ (x - c)²} against the assigned centroid, so it is
 * exact.
 */
final class LloydKernel {

	/** Rows per block: the block of a 10-column matrix takes 20 kB of the L1 cache. */
	static final int BLOCK = 256;

	private LloydKernel() {
	}

	/** Scratch buffers of one worker thread, reused across passes. */
	static final class Scratch {

		/** The rows of the block, one array per column. */
		final double[][] columns;

		final double[] acc;

		final long[] key;

		final int[] label;

		Scratch(int d) {
			this.columns = new double[d][BLOCK];
			this.acc = new double[BLOCK];
			this.key = new long[BLOCK];
			this.label = new int[BLOCK];
		}

	}

	/**
	 * Centroids prepared for the kernel: {@code w[c * k + j] = -2 * centroid(j, c)} and
	 * {@code norms[j] = ||centroid j||²}, plus the centroids themselves, row-major.
	 *
	 * @param centroids {@code k * d} row-major
	 * @param w transposed centroids scaled by -2
	 * @param norms squared norms of the centroids
	 * @param k number of centroids
	 * @param d number of columns
	 */
	record Centroids(double[] centroids, double[] w, double[] norms, int k, int d) {

		static Centroids of(double[] centroids, int k, int d) {
			double[] w = new double[k * d];
			double[] norms = new double[k];
			for (int j = 0; j < k; j++) {
				double norm = 0;
				for (int c = 0; c < d; c++) {
					double v = centroids[j * d + c];
					w[c * k + j] = -2 * v;
					norm += v * v;
				}
				norms[j] = norm;
			}
			return new Centroids(centroids, w, norms, k, d);
		}

	}

	/**
	 * Assigns rows {@code [from, to)}.
	 * @param x row-major data, {@code d} values per row
	 * @param d values per row
	 * @param from first row
	 * @param to end row (excluded)
	 * @param centroids the prepared centroids
	 * @param labels receives the nearest centroid of each row
	 * @param sums receives, added, the per-cluster sums ({@code k * d}, row-major)
	 * @param counts receives, added, the per-cluster counts
	 * @param scratch the buffers of the calling thread
	 * @param withInertia whether to compute the sum of squared distances
	 * @return the sum of squared distances of the rows to their assigned centroid, or 0
	 * when {@code withInertia} is false
	 */
	static double assign(double[] x, int d, int from, int to, Centroids centroids, int[] labels, double[] sums,
			int[] counts, Scratch scratch, boolean withInertia) {
		double inertia = 0;
		for (int start = from; start < to; start += BLOCK) {
			int m = Math.min(BLOCK, to - start);
			transpose(x, d, start, m, scratch.columns);
			nearest(scratch, m, centroids);
			int[] label = scratch.label;
			double[] c = centroids.centroids();
			for (int i = 0; i < m; i++) {
				int best = label[i];
				int row = (start + i) * d;
				int sb = best * d;
				labels[start + i] = best;
				counts[best]++;
				for (int col = 0; col < d; col++) {
					sums[sb + col] += x[row + col];
				}
				if (withInertia) {
					double s = 0;
					for (int col = 0; col < d; col++) {
						double diff = x[row + col] - c[sb + col];
						s += diff * diff;
					}
					inertia += s;
				}
			}
		}
		return inertia;
	}

	/** Copies {@code m} rows from {@code start} into the column buffers. */
	private static void transpose(double[] x, int d, int start, int m, double[][] columns) {
		int base = start * d;
		for (int col = 0; col < d; col++) {
			double[] column = columns[col];
			for (int i = 0; i < m; i++) {
				column[i] = x[base + i * d + col];
			}
		}
	}

	/**
	 * Nearest centroid of each of the {@code m} rows of the block. Each distance is
	 * turned into a {@code long} that sorts as the {@code double} does, its lowest bits
	 * replaced by the centroid number, so that the nearest centroid is the minimum of
	 * these keys: a branch-free loop the JIT vectorises. The lowest centroid number wins
	 * ties and distances closer than about 2<sup>-52+bits</sup> relative to their size,
	 * bits being the number of bits of {@code k - 1}.
	 */
	private static void nearest(Scratch scratch, int m, Centroids centroids) {
		double[][] columns = scratch.columns;
		double[] acc = scratch.acc;
		long[] key = scratch.key;
		double[] w = centroids.w();
		double[] norms = centroids.norms();
		int k = centroids.k();
		int d = centroids.d();
		int bits = 32 - Integer.numberOfLeadingZeros(k - 1);
		long high = -1L << bits;
		for (int j = 0; j < k; j++) {
			// the first group of columns starts from the centroid's norm, the next add to
			// it
			int col = 0;
			boolean first = true;
			for (; col + 4 <= d; col += 4) {
				accumulate4(acc, first, norms[j], columns[col], columns[col + 1], columns[col + 2], columns[col + 3], m,
						w[col * k + j], w[(col + 1) * k + j], w[(col + 2) * k + j], w[(col + 3) * k + j]);
				first = false;
			}
			if (col + 2 <= d) {
				accumulate2(acc, first, norms[j], columns[col], columns[col + 1], m, w[col * k + j],
						w[(col + 1) * k + j]);
				first = false;
				col += 2;
			}
			if (col < d) {
				accumulate1(acc, first, norms[j], columns[col], m, w[col * k + j]);
			}
			if (j == 0) {
				for (int i = 0; i < m; i++) {
					long b = Double.doubleToRawLongBits(acc[i]);
					key[i] = (b ^ ((b >> 63) & Long.MAX_VALUE)) & high;
				}
			}
			else {
				for (int i = 0; i < m; i++) {
					long b = Double.doubleToRawLongBits(acc[i]);
					key[i] = Math.min(key[i], ((b ^ ((b >> 63) & Long.MAX_VALUE)) & high) | j);
				}
			}
		}
		int[] label = scratch.label;
		for (int i = 0; i < m; i++) {
			label[i] = (int) (key[i] & ~high);
		}
	}

	private static void accumulate4(double[] acc, boolean first, double norm, double[] x0, double[] x1, double[] x2,
			double[] x3, int m, double w0, double w1, double w2, double w3) {
		if (first) {
			for (int i = 0; i < m; i++) {
				acc[i] = Math.fma(x3[i], w3, Math.fma(x2[i], w2, Math.fma(x1[i], w1, Math.fma(x0[i], w0, norm))));
			}
		}
		else {
			for (int i = 0; i < m; i++) {
				acc[i] = Math.fma(x3[i], w3, Math.fma(x2[i], w2, Math.fma(x1[i], w1, Math.fma(x0[i], w0, acc[i]))));
			}
		}
	}

	private static void accumulate2(double[] acc, boolean first, double norm, double[] x0, double[] x1, int m,
			double w0, double w1) {
		if (first) {
			for (int i = 0; i < m; i++) {
				acc[i] = Math.fma(x1[i], w1, Math.fma(x0[i], w0, norm));
			}
		}
		else {
			for (int i = 0; i < m; i++) {
				acc[i] = Math.fma(x1[i], w1, Math.fma(x0[i], w0, acc[i]));
			}
		}
	}

	private static void accumulate1(double[] acc, boolean first, double norm, double[] x0, int m, double w0) {
		if (first) {
			for (int i = 0; i < m; i++) {
				acc[i] = Math.fma(x0[i], w0, norm);
			}
		}
		else {
			for (int i = 0; i < m; i++) {
				acc[i] = Math.fma(x0[i], w0, acc[i]);
			}
		}
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
