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
 * Algorithm: successive shortest augmenting paths on the min-cost flow network source →
 * clients → shoppers → sink, one client at a time, with Johnson potentials. Assigned arcs
 * stay tight, so a client's potential is implied by its shopper's and Dijkstra runs over
 * the shopper nodes only: moving from shopper {@code s} to shopper {@code t} means
 * re-assigning one of {@code s}'s clients to {@code t}, and the cheapest such client is
 * kept per pair ({@code best}/{@code bestClient}), updated incrementally when a client
 * joins or leaves. Clients beyond the total capacity go to a virtual "unassigned" shopper
 * whose capacity is exactly the excess. With forbidden pairs the virtual shopper takes
 * everybody at a penalty larger than any possible score gain, which makes the result
 * lexicographically optimal (cardinality first, then score).
 *
 * <p>
 * An optional load penalty {@code λ} adds the convex cost {@code λ·(j-1)} to the j-th
 * client of a shopper (objective = score − λ·Σ load·(load−1)/2), which spreads clients
 * across shoppers while staying exact.
 *
 * <p>
 * Large instances with plain scores (no load penalty, no forbidden pair) start from the
 * potentials of a solved sample of the clients and run balanced (spare capacity held by
 * placeholder clients, see {@code balanced}), so most augmenting paths are one step long
 * even when every client wants the same shoppers; the optimum is the same.
 *
 * <p>
 * A final check computes every reduced cost of the residual network: all non-negative (up
 * to rounding) certifies optimality; the largest violation is returned.
 */
public final class AssignmentSolver {

	private static final double INF = Double.POSITIVE_INFINITY;

	/** Below this many clients, plain augmenting paths are fast enough. */
	private static final int WARM_START_MIN_CLIENTS = 1000;

	/** The sample that estimates the potentials is about 1/4 of the clients. */
	private static final int SAMPLE_RATIO = 4;

	private static final int PLACEHOLDER = -2;

	private final int n;

	/** Real shoppers; node {@code m} is the virtual "unassigned" shopper. */
	private final int m;

	private final int nodes;

	/** Cost = −score, row-major n × (m+1), +Inf when forbidden. */
	private final double[] cost;

	private final int[] capacity;

	private final double loadPenalty;

	private final boolean forbidden;

	/** Spare slots held by placeholder clients (balanced mode only). */
	private int[] placeholders = new int[0];

	private final int[] owner;

	private final int[][] members;

	private final int[] load;

	private final double[] best;

	private final int[] bestClient;

	private final double[] phi;

	private double phiSink;

	private final double[] dist;

	private final int[] prevShopper;

	private final int[] prevClient;

	private final double[] key;

	private AssignmentSolver(ScoreMatrix matrix, int[] capacities, double loadPenalty) {
		this.n = matrix.clients();
		this.m = matrix.shoppers();
		this.nodes = this.m + 1;
		this.loadPenalty = loadPenalty;
		this.cost = new double[this.n * this.nodes];
		boolean forbidden = false;
		double min = INF;
		double max = -INF;
		double[] scores = matrix.scores();
		for (int k = 0; k < this.n; k++) {
			int row = k * this.nodes;
			int in = k * this.m;
			for (int t = 0; t < this.m; t++) {
				double score = scores[in + t];
				if (score == Double.NEGATIVE_INFINITY) {
					forbidden = true;
					this.cost[row + t] = INF;
				}
				else {
					this.cost[row + t] = -score;
					min = Math.min(min, score);
					max = Math.max(max, score);
				}
			}
		}
		long totalCapacity = 0;
		this.capacity = new int[this.nodes];
		for (int t = 0; t < this.m; t++) {
			if (capacities[t] < 0) {
				throw new IllegalArgumentException("capacity of shopper " + t + " is negative");
			}
			this.capacity[t] = capacities[t];
			totalCapacity += capacities[t];
		}
		double unassignedCost;
		if (forbidden) {
			this.capacity[this.m] = this.n;
			double range = (min <= max) ? max - min : 0;
			double loadRange = loadPenalty * Math.max(0, this.n);
			unassignedCost = (range + loadRange + 1) * (this.n + 1);
		}
		else {
			this.capacity[this.m] = (int) Math.max(0, this.n - totalCapacity);
			unassignedCost = 0;
		}
		for (int k = 0; k < this.n; k++) {
			this.cost[k * this.nodes + this.m] = unassignedCost;
		}
		this.forbidden = forbidden;
		this.owner = new int[this.n];
		Arrays.fill(this.owner, -1);
		this.members = new int[this.nodes][];
		for (int t = 0; t < this.nodes; t++) {
			this.members[t] = new int[Math.max(1, Math.min(this.capacity[t], 16))];
		}
		this.load = new int[this.nodes];
		this.best = new double[this.nodes * this.nodes];
		Arrays.fill(this.best, INF);
		this.bestClient = new int[this.nodes * this.nodes];
		Arrays.fill(this.bestClient, -1);
		this.phi = new double[this.nodes];
		this.dist = new double[this.nodes];
		this.prevShopper = new int[this.nodes];
		this.prevClient = new int[this.nodes];
		this.key = new double[this.nodes];
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
		return run(matrix, capacities, loadPenalty, warmStartMinClients).result(matrix);
	}

	private static AssignmentSolver run(ScoreMatrix matrix, int[] capacities, double loadPenalty, int warmMin) {
		AssignmentSolver solver = new AssignmentSolver(matrix, capacities, loadPenalty);
		if (loadPenalty == 0 && !solver.forbidden && solver.n >= warmMin) {
			solver.balanced(estimatePotentials(matrix, capacities, warmMin));
		}
		else {
			for (int client = 0; client < solver.n; client++) {
				solver.augment(client);
			}
		}
		return solver;
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
		AssignmentSolver sample = run(new ScoreMatrix(sampled, m, scores), scaled, 0, warmMin);
		for (int t = 0; t < sample.nodes; t++) {
			potentials[t] = sample.phi[t] - sample.phiSink;
		}
		return potentials;
	}

	/**
	 * Plain scores (no load penalty, no forbidden pair) with warm potentials. The spare
	 * capacity is first taken by placeholder clients that score 0 with everybody, so the
	 * problem is balanced: every slot ends up filled, the potentials of free slots no
	 * longer matter and a search can stop at the first shopper with room, whatever the
	 * starting potentials. The placeholders go to the least wanted shoppers (highest
	 * potential, all raised to the same level, which their zero costs require). Then each
	 * client takes the shortest augmenting path; with good potentials most paths end at
	 * once. Placeholders move like clients (arc cost 0), and at the end the shoppers
	 * holding them define the sink potential, so the usual certificate applies.
	 */
	private void balanced(double[] estimate) {
		long slots = 0;
		for (int t = 0; t < this.nodes; t++) {
			slots += this.capacity[t];
			this.phi[t] = estimate[t];
		}
		this.placeholders = new int[this.nodes];
		long spare = slots - this.n;
		Integer[] order = new Integer[this.nodes];
		for (int t = 0; t < this.nodes; t++) {
			order[t] = t;
		}
		Arrays.sort(order, (a, b) -> (this.phi[a] != this.phi[b]) ? Double.compare(this.phi[b], this.phi[a]) : a - b);
		double top = (this.nodes > 0) ? this.phi[order[0]] : 0;
		for (int i = 0; i < this.nodes && spare > 0; i++) {
			int t = order[i];
			int take = (int) Math.min(spare, this.capacity[t]);
			if (take > 0) {
				this.placeholders[t] = take;
				this.phi[t] = top;
				spare -= take;
			}
		}
		for (int client = 0; client < this.n; client++) {
			augmentBalanced(client);
		}
		double highest = -INF;
		for (int t = 0; t < this.nodes; t++) {
			if (this.load[t] < this.capacity[t]) {
				highest = Math.max(highest, this.phi[t]);
			}
		}
		if (highest == -INF) {
			highest = 0;
			for (int t = 0; t < this.nodes; t++) {
				highest = Math.max(highest, this.phi[t]);
			}
		}
		this.phiSink = highest;
	}

	private void augmentBalanced(int client) {
		int row = client * this.nodes;
		double[] key = this.key;
		double lowest = INF;
		for (int t = 0; t < this.nodes; t++) {
			double d = this.cost[row + t] - this.phi[t];
			key[t] = d;
			this.prevShopper[t] = -1;
			this.prevClient[t] = client;
			this.dist[t] = INF;
			if (d < lowest) {
				lowest = d;
			}
		}
		int u = -1;
		double du = INF;
		for (int t = 0; t < this.nodes; t++) {
			double d = key[t] - lowest;
			key[t] = d;
			if (d < du) {
				du = d;
				u = t;
			}
		}
		int end = -1;
		while (u >= 0) {
			this.dist[u] = du;
			key[u] = Double.NaN;
			if (this.load[u] + this.placeholders[u] < this.capacity[u]) {
				end = u;
				break;
			}
			int from = u;
			u = -1;
			double next = INF;
			double base = du + this.phi[from];
			int arcs = from * this.nodes;
			boolean spare = this.placeholders[from] > 0;
			for (int t = 0; t < this.nodes; t++) {
				double k = key[t];
				double w = this.best[arcs + t];
				int moved = this.bestClient[arcs + t];
				if (spare && t != from && w > 0) {
					w = 0;
					moved = PLACEHOLDER;
				}
				double d = base + w - this.phi[t];
				if (d < k) {
					k = d;
					key[t] = d;
					this.prevShopper[t] = from;
					this.prevClient[t] = moved;
				}
				if (k < next) {
					next = k;
					u = t;
				}
			}
			du = next;
		}
		if (end < 0) {
			return;
		}
		double reach = this.dist[end];
		for (int t = 0; t < this.nodes; t++) {
			double d = this.dist[t];
			this.phi[t] += (d < reach) ? d : reach;
		}
		int t = end;
		while (t >= 0) {
			int moved = this.prevClient[t];
			int from = this.prevShopper[t];
			if (moved == PLACEHOLDER) {
				this.placeholders[from]--;
				this.placeholders[t]++;
			}
			else {
				if (from >= 0) {
					remove(from, moved);
				}
				add(t, moved);
			}
			t = from;
		}
	}

	/** Marginal cost of one more client for shopper t (convex in the load). */
	private double marginal(int t) {
		return (t < this.m) ? this.loadPenalty * this.load[t] : 0;
	}

	private void augment(int client) {
		int row = client * this.nodes;
		double[] key = this.key;
		double lowest = INF;
		for (int t = 0; t < this.nodes; t++) {
			double d = this.cost[row + t] - this.phi[t];
			key[t] = d;
			this.prevShopper[t] = -1;
			this.prevClient[t] = client;
			if (d < lowest) {
				lowest = d;
			}
		}
		if (lowest == INF) {
			return;
		}
		double sinkDist = INF;
		int end = -1;
		int u = -1;
		double du = INF;
		for (int t = 0; t < this.nodes; t++) {
			double d = key[t] - lowest;
			key[t] = d;
			this.dist[t] = INF;
			if (d < INF && this.load[t] < this.capacity[t]) {
				double candidate = d + this.phi[t] - this.phiSink + marginal(t);
				if (candidate < sinkDist) {
					sinkDist = candidate;
					end = t;
				}
			}
			if (d < du) {
				du = d;
				u = t;
			}
		}
		// key[t] holds the tentative distance of unsettled nodes and NaN for settled ones
		// (every comparison with NaN is false), dist[t] the final distance.
		while (u >= 0 && du < sinkDist) {
			this.dist[u] = du;
			key[u] = Double.NaN;
			int from = u;
			u = -1;
			double next = INF;
			if (this.load[from] == 0) {
				for (int t = 0; t < this.nodes; t++) {
					if (key[t] < next) {
						next = key[t];
						u = t;
					}
				}
			}
			else {
				double base = du + this.phi[from];
				int arcs = from * this.nodes;
				for (int t = 0; t < this.nodes; t++) {
					double k = key[t];
					double d = base + this.best[arcs + t] - this.phi[t];
					if (d < k) {
						k = d;
						key[t] = d;
						this.prevShopper[t] = from;
						this.prevClient[t] = this.bestClient[arcs + t];
						if (this.load[t] < this.capacity[t]) {
							double candidate = d + this.phi[t] - this.phiSink + marginal(t);
							if (candidate < sinkDist) {
								sinkDist = candidate;
								end = t;
							}
						}
					}
					if (k < next) {
						next = k;
						u = t;
					}
				}
			}
			du = next;
		}
		if (end < 0) {
			return;
		}
		for (int t = 0; t < this.nodes; t++) {
			double d = this.dist[t];
			this.phi[t] += (d < sinkDist) ? d : sinkDist;
		}
		this.phiSink += sinkDist;
		int t = end;
		while (t >= 0) {
			int moved = this.prevClient[t];
			int from = this.prevShopper[t];
			if (from >= 0) {
				remove(from, moved);
			}
			add(t, moved);
			t = from;
		}
	}

	private void add(int shopper, int client) {
		int[] list = this.members[shopper];
		if (this.load[shopper] == list.length) {
			list = Arrays.copyOf(list, list.length * 2);
			this.members[shopper] = list;
		}
		list[this.load[shopper]++] = client;
		this.owner[client] = shopper;
		int row = client * this.nodes;
		double own = this.cost[row + shopper];
		int arcs = shopper * this.nodes;
		for (int t = 0; t < this.nodes; t++) {
			double w = this.cost[row + t] - own;
			if (t != shopper && w < this.best[arcs + t]) {
				this.best[arcs + t] = w;
				this.bestClient[arcs + t] = client;
			}
		}
	}

	private void remove(int shopper, int client) {
		int[] list = this.members[shopper];
		int size = this.load[shopper];
		for (int i = 0; i < size; i++) {
			if (list[i] == client) {
				list[i] = list[size - 1];
				break;
			}
		}
		size = --this.load[shopper];
		this.owner[client] = -1;
		int arcs = shopper * this.nodes;
		for (int t = 0; t < this.nodes; t++) {
			if (this.bestClient[arcs + t] != client) {
				continue;
			}
			double w = INF;
			int who = -1;
			for (int i = 0; i < size; i++) {
				int k = list[i];
				double candidate = this.cost[k * this.nodes + t] - this.cost[k * this.nodes + shopper];
				if (candidate < w || (candidate == w && k < who)) {
					w = candidate;
					who = k;
				}
			}
			this.best[arcs + t] = w;
			this.bestClient[arcs + t] = who;
		}
	}

	private Assignment result(ScoreMatrix matrix) {
		int[] shopperOfClient = new int[this.n];
		int[] realLoad = new int[this.m];
		double total = 0;
		int assigned = 0;
		for (int k = 0; k < this.n; k++) {
			int s = this.owner[k];
			if (s >= 0 && s < this.m) {
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
		for (int s = 0; s < this.m; s++) {
			penalty += this.loadPenalty * realLoad[s] * (realLoad[s] - 1) / 2.0;
		}
		return new Assignment(shopperOfClient, realLoad, total, total - penalty, assigned, this.n - assigned,
				optimalityGap());
	}

	/**
	 * Largest negative reduced cost over the residual network (0 proves optimality).
	 */
	private double optimalityGap() {
		double gap = 0;
		for (int k = 0; k < this.n; k++) {
			int s = this.owner[k];
			if (s < 0) {
				continue;
			}
			int row = k * this.nodes;
			double clientPotential = this.phi[s] - this.cost[row + s];
			for (int t = 0; t < this.nodes; t++) {
				if (t != s && this.cost[row + t] < INF) {
					gap = Math.max(gap, -(this.cost[row + t] + clientPotential - this.phi[t]));
				}
			}
		}
		for (int t = 0; t < this.nodes; t++) {
			if (this.load[t] < this.capacity[t]) {
				gap = Math.max(gap, -(this.phi[t] - this.phiSink + marginal(t)));
			}
			if (this.load[t] > 0) {
				double previous = (t < this.m) ? this.loadPenalty * (this.load[t] - 1) : 0;
				gap = Math.max(gap, -(-previous + this.phiSink - this.phi[t]));
			}
		}
		return gap;
	}

}
