package crmcopilot.campaigns.internal.segmentation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A suggested number of clusters: the elbow of the inertia curve and the best mean
 * silhouette over k = 2..10. The silhouette is computed on a random sample of at most
 * {@link #SILHOUETTE_SAMPLE} rows (it is quadratic in the number of rows).
 *
 * @param ks the k tried
 * @param inertias best inertia for each k
 * @param silhouettes mean silhouette for each k
 * @param elbowK the k where the inertia curve bends most
 * @param silhouetteK the k of the highest silhouette
 * @param suggestedK the suggestion: the silhouette's best k
 * @param sampleRows rows the silhouette was computed on
 */
public record KSuggestion(int[] ks, double[] inertias, double[] silhouettes, int elbowK, int silhouetteK,
		int suggestedK, int sampleRows) {

	public static final int SILHOUETTE_SAMPLE = 2000;

	public static KSuggestion of(FeatureMatrix data, int minK, int maxK, int nInit, long seed) {
		int upper = Math.min(maxK, data.rows() - 1);
		if (upper < minK) {
			throw new IllegalArgumentException("too few rows (%d) to suggest k".formatted(data.rows()));
		}
		int count = upper - minK + 1;
		int[] ks = new int[count];
		double[] inertias = new double[count];
		double[] silhouettes = new double[count];
		int[] sample = sample(data.rows(), SILHOUETTE_SAMPLE, seed);
		FeatureMatrix sampled = data.rows(sample);
		for (int i = 0; i < count; i++) {
			int k = minK + i;
			KMeans.Result result = KMeans.fit(data, KMeans.Options.of(k).withNInit(nInit).withSeed(seed));
			ks[i] = k;
			inertias[i] = result.inertia();
			int[] labels = new int[sample.length];
			for (int s = 0; s < sample.length; s++) {
				labels[s] = result.labels()[sample[s]];
			}
			silhouettes[i] = silhouette(sampled, labels, k);
		}
		int silhouetteK = ks[argMax(silhouettes)];
		return new KSuggestion(ks, inertias, silhouettes, elbow(ks, inertias), silhouetteK, silhouetteK, sample.length);
	}

	/** Mean silhouette (Euclidean distances); rows alone in their cluster score 0. */
	public static double silhouette(FeatureMatrix data, int[] labels, int k) {
		int n = data.rows();
		int d = data.cols();
		double[] x = data.values();
		int[] sizes = KMeans.sizes(labels, k);
		double total = 0;
		double[] sumTo = new double[k];
		for (int i = 0; i < n; i++) {
			Arrays.fill(sumTo, 0);
			for (int j = 0; j < n; j++) {
				if (i != j) {
					sumTo[labels[j]] += Math.sqrt(LloydKernel.squaredDistance(x, i * d, x, j * d, d));
				}
			}
			int own = labels[i];
			if (sizes[own] <= 1) {
				continue;
			}
			double a = sumTo[own] / (sizes[own] - 1);
			double b = Double.POSITIVE_INFINITY;
			for (int c = 0; c < k; c++) {
				if (c != own && sizes[c] > 0) {
					b = Math.min(b, sumTo[c] / sizes[c]);
				}
			}
			if (Double.isFinite(b)) {
				total += (b - a) / Math.max(a, b);
			}
		}
		return (n > 0) ? total / n : 0;
	}

	/**
	 * The point of the curve farthest from the chord joining its ends (normalised axes).
	 */
	static int elbow(int[] ks, double[] inertias) {
		int last = ks.length - 1;
		if (last < 2) {
			return ks[0];
		}
		double spanK = ks[last] - ks[0];
		double spanI = inertias[0] - inertias[last];
		if (spanI <= 0) {
			return ks[0];
		}
		int best = 0;
		double bestDistance = -1;
		for (int i = 0; i <= last; i++) {
			double u = (ks[i] - ks[0]) / spanK;
			double v = (inertias[0] - inertias[i]) / spanI;
			double distance = v - u;
			if (distance > bestDistance) {
				bestDistance = distance;
				best = i;
			}
		}
		return ks[best];
	}

	private static int[] sample(int rows, int size, long seed) {
		if (rows <= size) {
			int[] all = new int[rows];
			for (int i = 0; i < rows; i++) {
				all[i] = i;
			}
			return all;
		}
		int[] pool = new int[rows];
		for (int i = 0; i < rows; i++) {
			pool[i] = i;
		}
		SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
		for (int i = 0; i < size; i++) {
			int j = i + random.nextInt(rows - i);
			int swap = pool[i];
			pool[i] = pool[j];
			pool[j] = swap;
		}
		int[] picked = Arrays.copyOf(pool, size);
		Arrays.sort(picked);
		return picked;
	}

	private static int argMax(double[] values) {
		int best = 0;
		for (int i = 1; i < values.length; i++) {
			if (values[i] > values[best]) {
				best = i;
			}
		}
		return best;
	}

}
