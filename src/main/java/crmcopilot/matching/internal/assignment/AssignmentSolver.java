package crmcopilot.matching.internal.assignment;

import java.util.Arrays;

/**
 * Exact capacity-constrained assignment maximising the total score.
 *
 * <p>
 * Semantics (the same as an exact linear assignment solver on shoppers repeated once per
 * capacity slot): as many clients as possible are assigned (every client while capacity
 * allows, negative scores included), and among those assignments the total score is
 * maximal. Forbidden pairs ({@code -Infinity}) are never used; a client without any
 * reachable slot stays unassigned.
 *
 * <p>
 * Algorithm: successive shortest augmenting paths ({@link AugmentingPath}) on the
 * min-cost flow network source → clients → shoppers → sink ({@link FlowNetwork}), one
 * client at a time, with Johnson potentials.
 *
 * <p>
 * An optional load penalty {@code λ} adds the convex cost {@code λ·(j-1)} to the j-th
 * client of a shopper (objective = score − λ·Σ load·(load−1)/2), which spreads clients
 * across shoppers while staying exact.
 *
 * <p>
 * Large instances with plain scores (no load penalty, no forbidden pair) start from the
 * potentials of a solved sample of the clients and run balanced (spare capacity held by
 * placeholder clients, see {@link BalancedStart}), so most augmenting paths are one step
 * long even when every client wants the same shoppers; the optimum is the same.
 *
 * <p>
 * A final check ({@link OptimalityCertificate}) computes every reduced cost of the
 * residual network: all non-negative (up to rounding) certifies optimality; the largest
 * violation is returned.
 */
public final class AssignmentSolver {

	/** Below this many clients, plain augmenting paths are fast enough. */
	private static final int WARM_START_MIN_CLIENTS = 1000;

	/** The sample that estimates the potentials is about 1/4 of the clients. */
	private static final int SAMPLE_RATIO = 4;

	private AssignmentSolver() {
	}

	/**
	 * Solves with the same capacity for every shopper.
	 */
	public static Assignment solve(ScoreMatrix matrix, int capacity) {
		int[] capacities = new int[matrix.shoppers()];
		Arrays.fill(capacities, capacity);
		return solve(matrix, capacities, 0);
	}

	/**
	 * Solves the problem.
	 * @param matrix the scores, {@code -Infinity} for a forbidden pair
	 * @param capacities clients each shopper can take
	 * @param loadPenalty λ ≥ 0; 0 maximises the plain total score
	 * @return the optimal assignment with its certificate
	 */
	public static Assignment solve(ScoreMatrix matrix, int[] capacities, double loadPenalty) {
		return solve(matrix, capacities, loadPenalty, WARM_START_MIN_CLIENTS);
	}

	/**
	 * Same as {@link #solve(ScoreMatrix, int[], double)} with the size from which
	 * potentials are warm-started (tests use it to exercise both ways).
	 */
	static Assignment solve(ScoreMatrix matrix, int[] capacities, double loadPenalty, int warmStartMinClients) {
		if (capacities.length != matrix.shoppers()) {
			throw new IllegalArgumentException(
					"expected %d capacities, got %d".formatted(matrix.shoppers(), capacities.length));
		}
		if (!(loadPenalty >= 0) || Double.isInfinite(loadPenalty)) {
			throw new IllegalArgumentException("load penalty must be a finite number >= 0");
		}
		return result(run(matrix, capacities, loadPenalty, warmStartMinClients), matrix);
	}

	private static FlowNetwork run(ScoreMatrix matrix, int[] capacities, double loadPenalty, int warmMin) {
		FlowNetwork net = new FlowNetwork(matrix, capacities, loadPenalty);
		if (loadPenalty == 0 && !net.forbidden && net.n >= warmMin) {
			BalancedStart.run(net, estimatePotentials(matrix, capacities, warmMin));
		}
		else {
			for (int client = 0; client < net.n; client++) {
				AugmentingPath.augment(net, client);
			}
		}
		return net;
	}

	/**
	 * Shopper potentials of the exact solution of a sample of the clients, taken evenly,
	 * with the capacities scaled so that the sample is as tight as the whole (solved the
	 * same way, so a large sample is itself warm-started). Prices depend on the crowd's
	 * preferences, which a sample shows well. Only a starting point: exactness never
	 * depends on it.
	 */
	private static double[] estimatePotentials(ScoreMatrix matrix, int[] capacities, int warmMin) {
		int n = matrix.clients();
		int m = matrix.shoppers();
		long total = 0;
		long scaledTotal = 0;
		int[] scaled = new int[m];
		for (int t = 0; t < m; t++) {
			scaled[t] = (int) Math.round(capacities[t] / (double) SAMPLE_RATIO);
			total += capacities[t];
			scaledTotal += scaled[t];
		}
		int sampled = (total == 0) ? 0 : (int) Math.min(n, Math.round((double) n * scaledTotal / total));
		double[] potentials = new double[m + 1];
		if (sampled == 0 || sampled >= n) {
			return potentials;
		}
		double[] scores = new double[sampled * m];
		for (int i = 0; i < sampled; i++) {
			int k = (int) ((long) i * n / sampled);
			System.arraycopy(matrix.scores(), k * m, scores, i * m, m);
		}
		FlowNetwork sample = run(new ScoreMatrix(sampled, m, scores), scaled, 0, warmMin);
		for (int t = 0; t < sample.nodes; t++) {
			potentials[t] = sample.phi[t] - sample.phiSink;
		}
		return potentials;
	}

	private static Assignment result(FlowNetwork net, ScoreMatrix matrix) {
		int[] shopperOfClient = new int[net.n];
		int[] realLoad = new int[net.m];
		double total = 0;
		int assigned = 0;
		for (int k = 0; k < net.n; k++) {
			int s = net.owner[k];
			if (s >= 0 && s < net.m) {
				shopperOfClient[k] = s;
				realLoad[s]++;
				total += matrix.score(k, s);
				assigned++;
			}
			else {
				shopperOfClient[k] = -1;
			}
		}
		double penalty = 0;
		for (int s = 0; s < net.m; s++) {
			penalty += net.loadPenalty * realLoad[s] * (realLoad[s] - 1) / 2.0;
		}
		return new Assignment(shopperOfClient, realLoad, total, total - penalty, assigned, net.n - assigned,
				OptimalityCertificate.gap(net));
	}

}
