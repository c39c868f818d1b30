package crmcopilot.learning.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Rényi-DP accountant for the sampled Gaussian mechanism (Mironov, Talwar and Zhang
 * 2019): each step samples every participant with probability {@code q} and adds Gaussian
 * noise of standard deviation {@code sigma} times the clipping norm. RDP adds up over
 * steps and is converted to (ε, δ) with the bound of Balle et al. (2020), as Opacus and
 * TensorFlow Privacy do. Orders are 1.1 … 10.9 and 12 … 63, the usual defaults.
 */
final class RdpAccountant {

	static final List<Double> ORDERS;

	static {
		List<Double> orders = new ArrayList<>();
		for (int x = 1; x < 100; x++) {
			orders.add(1 + x / 10.0);
		}
		for (int a = 12; a < 64; a++) {
			orders.add((double) a);
		}
		ORDERS = List.copyOf(orders);
	}

	private RdpAccountant() {
	}

	/**
	 * The ε of {@code steps} compositions of the sampled Gaussian mechanism at the given
	 * δ.
	 * @param q sampling probability per step, in [0, 1]
	 * @param sigma noise multiplier (noise standard deviation / clipping norm)
	 */
	public static double epsilon(double q, double sigma, long steps, double delta) {
		if (q < 0 || q > 1 || !(sigma > 0) || steps < 0 || !(delta > 0) || delta >= 1) {
			throw new IllegalArgumentException("invalid accountant parameters");
		}
		if (q == 0 || steps == 0) {
			return 0;
		}
		double best = Double.POSITIVE_INFINITY;
		for (double alpha : ORDERS) {
			double rdp = rdp(q, sigma, alpha) * steps;
			double eps = rdp - (Math.log(delta) + Math.log(alpha)) / (alpha - 1) + Math.log((alpha - 1) / alpha);
			if (!Double.isNaN(eps) && eps < best) {
				best = eps;
			}
		}
		return Math.max(0, best);
	}

	/** RDP of one step at order alpha. */
	static double rdp(double q, double sigma, double alpha) {
		if (q == 1) {
			return alpha / (2 * sigma * sigma);
		}
		double logA = (alpha == Math.rint(alpha)) ? logAInt(q, sigma, (int) alpha) : logAFrac(q, sigma, alpha);
		return logA / (alpha - 1);
	}

	private static double logAInt(double q, double sigma, int alpha) {
		double logA = Double.NEGATIVE_INFINITY;
		for (int i = 0; i <= alpha; i++) {
			double logCoef = logBinomial(alpha, i) + i * Math.log(q) + (alpha - i) * Math.log1p(-q);
			logA = logAdd(logA, logCoef + (i * (double) i - i) / (2 * sigma * sigma));
		}
		return logA;
	}

	private static double logAFrac(double q, double sigma, double alpha) {
		double logA0 = Double.NEGATIVE_INFINITY;
		double logA1 = Double.NEGATIVE_INFINITY;
		double z0 = sigma * sigma * Math.log(1 / q - 1) + 0.5;
		double coef = 1;
		for (int i = 0;; i++) {
			if (i > 0) {
				coef *= (alpha - (i - 1)) / i;
			}
			if (coef == 0) {
				break;
			}
			double logCoef = Math.log(Math.abs(coef));
			double j = alpha - i;
			double logT0 = logCoef + i * Math.log(q) + j * Math.log1p(-q);
			double logT1 = logCoef + j * Math.log(q) + i * Math.log1p(-q);
			double logE0 = Math.log(0.5) + logErfc((i - z0) / (Math.sqrt(2) * sigma));
			double logE1 = Math.log(0.5) + logErfc((z0 - j) / (Math.sqrt(2) * sigma));
			double logS0 = logT0 + (i * (double) i - i) / (2 * sigma * sigma) + logE0;
			double logS1 = logT1 + (j * j - j) / (2 * sigma * sigma) + logE1;
			if (coef > 0) {
				logA0 = logAdd(logA0, logS0);
				logA1 = logAdd(logA1, logS1);
			}
			else {
				logA0 = logSub(logA0, logS0);
				logA1 = logSub(logA1, logS1);
			}
			if (Math.max(logS0, logS1) < -30 || i > 10_000) {
				break;
			}
		}
		return logAdd(logA0, logA1);
	}

	private static double logBinomial(int n, int k) {
		return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
	}

	private static double logGamma(double x) {
		// exact for the small integers used here
		double sum = 0;
		for (int i = 2; i < x; i++) {
			sum += Math.log(i);
		}
		return sum;
	}

	static double logAdd(double a, double b) {
		double max = Math.max(a, b);
		double min = Math.min(a, b);
		if (min == Double.NEGATIVE_INFINITY) {
			return max;
		}
		return Math.log1p(Math.exp(min - max)) + max;
	}

	static double logSub(double a, double b) {
		if (b == Double.NEGATIVE_INFINITY) {
			return a;
		}
		if (a <= b) {
			// the series terms cancel below double precision: treat as zero
			return Double.NEGATIVE_INFINITY;
		}
		return Math.log(-Math.expm1(b - a)) + a;
	}

	/**
	 * log(erfc(x)) with relative error below 1.2e-7 (Chebyshev fit of Numerical Recipes),
	 * computed in log space so large x does not underflow.
	 */
	static double logErfc(double x) {
		double z = Math.abs(x);
		double t = 1 / (1 + 0.5 * z);
		double poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
				+ t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
		double logErfcAbs = Math.log(t) + poly;
		if (x >= 0) {
			return logErfcAbs;
		}
		return Math.log(2 - Math.exp(logErfcAbs));
	}

}
