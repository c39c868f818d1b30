package crmcopilot.campaigns.internal.segmentation;

import java.util.SplittableRandom;

/**
 * Greedy k-means++ seeding as in scikit-learn: each new centroid is the best of
 * {@code 2 + ln k} candidates drawn with probability proportional to the squared distance
 * to the nearest centroid chosen so far.
 */
final class KMeansPlusPlus {

	private KMeansPlusPlus() {
	}

	static double[] centroids(FeatureMatrix data, int k, SplittableRandom random) {
		int n = data.rows();
		int d = data.cols();
		double[] x = data.values();
		double[] centroids = new double[k * d];
		int trials = 2 + (int) Math.log(k);
		int first = random.nextInt(n);
		System.arraycopy(x, first * d, centroids, 0, d);
		double[] closest = new double[n];
		double potential = 0;
		for (int r = 0; r < n; r++) {
			closest[r] = LloydKernel.squaredDistance(x, r * d, centroids, 0, d);
			potential += closest[r];
		}
		double[] candidateClosest = new double[n];
		double[] bestClosest = new double[n];
		for (int j = 1; j < k; j++) {
			int bestCandidate = -1;
			double bestPotential = Double.POSITIVE_INFINITY;
			for (int t = 0; t < trials; t++) {
				int candidate = draw(closest, potential * random.nextDouble(), random, n);
				double candidatePotential = 0;
				for (int r = 0; r < n; r++) {
					double distance = squaredDistanceBetweenRows(x, r, candidate, d);
					candidateClosest[r] = Math.min(closest[r], distance);
					candidatePotential += candidateClosest[r];
				}
				if (candidatePotential < bestPotential) {
					bestPotential = candidatePotential;
					bestCandidate = candidate;
					System.arraycopy(candidateClosest, 0, bestClosest, 0, n);
				}
			}
			System.arraycopy(x, bestCandidate * d, centroids, j * d, d);
			System.arraycopy(bestClosest, 0, closest, 0, n);
			potential = bestPotential;
		}
		return centroids;
	}

	private static int draw(double[] weights, double target, SplittableRandom random, int n) {
		if (!(target > 0)) {
			return random.nextInt(n);
		}
		double cumulative = 0;
		for (int r = 0; r < n; r++) {
			cumulative += weights[r];
			if (cumulative > target) {
				return r;
			}
		}
		return n - 1;
	}

	private static double squaredDistanceBetweenRows(double[] x, int a, int b, int d) {
		double s = 0;
		int oa = a * d;
		int ob = b * d;
		for (int c = 0; c < d; c++) {
			double diff = x[oa + c] - x[ob + c];
			s += diff * diff;
		}
		return s;
	}

}
