package crmcopilot.matching.internal.assignment;

import java.util.Arrays;

/**
 * The min-cost flow network source → clients → shoppers → sink of one assignment problem,
 * with its current flow (which client each shopper holds) and Johnson potentials.
 *
 * <p>
 * Costs are the negated scores, {@code +Inf} for a forbidden pair. Node {@code m} is a
 * virtual "unassigned" shopper: without forbidden pairs its capacity is exactly the
 * clients beyond the total capacity, at cost 0; with forbidden pairs it can take
 * everybody at a penalty larger than any possible score gain, which makes the result
 * lexicographically optimal (cardinality first, then score).
 *
 * <p>
 * Assigned arcs stay tight, so moving from shopper {@code s} to shopper {@code t} means
 * re-assigning one of {@code s}'s clients to {@code t}: the cheapest such client is kept
 * per pair ({@link #best}/{@link #bestClient}), updated incrementally when a client joins
 * or leaves.
 */
final class FlowNetwork {

	static final double INF = Double.POSITIVE_INFINITY;

	/** Clients. */
	final int n;

	/** Real shoppers; node {@code m} is the virtual "unassigned" shopper. */
	final int m;

	final int nodes;

	/** Cost = −score, row-major n × (m+1), +Inf when forbidden. */
	final double[] cost;

	final int[] capacity;

	final double loadPenalty;

	/** Whether some pair is forbidden. */
	final boolean forbidden;

	/** The shopper node holding each client, or -1. */
	final int[] owner;

	private final int[][] members;

	final int[] load;

	/** Per pair (s, t): the reduced cost of moving s's cheapest client to t. */
	final double[] best;

	/** Per pair (s, t): that client, or -1. */
	final int[] bestClient;

	/** Shopper potentials. */
	final double[] phi;

	double phiSink;

	/** Scratch arrays of the shortest-path searches, one entry per shopper node. */
	final double[] dist;

	final int[] prevShopper;

	final int[] prevClient;

	final double[] key;

	FlowNetwork(ScoreMatrix matrix, int[] capacities, double loadPenalty) {
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

	/** Marginal cost of one more client for shopper t (convex in the load). */
	double marginal(int t) {
		return (t < this.m) ? this.loadPenalty * this.load[t] : 0;
	}

	/**
	 * Moves the clients along the path found by a search, from its end back to the client
	 * that started it.
	 */
	void applyPath(int end) {
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

	void add(int shopper, int client) {
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

	void remove(int shopper, int client) {
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

}
