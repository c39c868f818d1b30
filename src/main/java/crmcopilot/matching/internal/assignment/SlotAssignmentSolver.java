package crmcopilot.matching.internal.assignment;

/**
 * Exact assignment of clients to shoppers <em>and</em> appointment slots, maximising the
 * total score.
 *
 * <p>
 * The same semantics as {@link AssignmentSolver} (as many clients as possible, then the
 * best total score, less the optional load penalty), with each shopper expanded into
 * slots: a client with preferred windows may only take a slot inside them, a slot takes
 * one client (no double booking) and a shopper no more clients than its capacity. A
 * client who gave no window takes a shopper without a slot. The network is the min-cost
 * flow source → clients → slots → shoppers → sink ({@link SlotNetwork}), solved by
 * successive shortest augmenting paths ({@link SlotAugmentingPath}); a final check of
 * every reduced cost of the residual network gives the same optimality certificate as the
 * assignment without slots.
 */
public final class SlotAssignmentSolver {

	private SlotAssignmentSolver() {
	}

	/**
	 * Solves the problem.
	 * @param matrix the scores, {@code -Infinity} for a forbidden pair
	 * @param capacities clients each shopper can take
	 * @param loadPenalty λ ≥ 0; 0 maximises the plain total score
	 * @param grid the slots and the times each client accepts
	 * @return the optimal assignment with each client's slot and the certificate
	 */
	public static BookedAssignment solve(ScoreMatrix matrix, int[] capacities, double loadPenalty, SlotGrid grid) {
		if (capacities.length != matrix.shoppers()) {
			throw new IllegalArgumentException(
					"expected %d capacities, got %d".formatted(matrix.shoppers(), capacities.length));
		}
		if (grid.accepted() != null && grid.accepted().length != matrix.clients()) {
			throw new IllegalArgumentException("expected accepted times for every client");
		}
		if (!(loadPenalty >= 0) || Double.isInfinite(loadPenalty)) {
			throw new IllegalArgumentException("load penalty must be a finite number >= 0");
		}
		SlotNetwork net = new SlotNetwork(matrix, capacities, loadPenalty, grid);
		SlotAugmentingPath paths = new SlotAugmentingPath(net);
		for (int client = 0; client < net.n; client++) {
			paths.augment(client);
		}
		return result(net, matrix);
	}

	private static BookedAssignment result(SlotNetwork net, ScoreMatrix matrix) {
		int[] shopperOfClient = new int[net.n];
		int[] slotOfClient = new int[net.n];
		int[] load = new int[net.m];
		double total = 0;
		int assigned = 0;
		for (int k = 0; k < net.n; k++) {
			int node = net.holder[k];
			int shopperNode = net.shopperNode(node);
			slotOfClient[k] = net.isSlot(node) ? node : -1;
			if (shopperNode < 0) {
				shopperOfClient[k] = -1;
				continue;
			}
			int s = shopperNode - net.slots;
			shopperOfClient[k] = s;
			load[s]++;
			total += matrix.score(k, s);
			assigned++;
		}
		double penalty = 0;
		for (int s = 0; s < net.m; s++) {
			penalty += net.loadPenalty * load[s] * (load[s] - 1) / 2.0;
		}
		Assignment assignment = new Assignment(shopperOfClient, load, total, total - penalty, assigned,
				net.n - assigned, gap(net));
		return new BookedAssignment(assignment, slotOfClient);
	}

	/**
	 * The largest negative reduced cost over the residual network (0 proves optimality).
	 * A client's potential is taken so that the arc it uses is tight.
	 */
	static double gap(SlotNetwork net) {
		double gap = 0;
		for (int k = 0; k < net.n; k++) {
			int h = net.holder[k];
			double base = net.phi[h] - net.holderCost(k);
			for (int o = net.optionStart[k]; o < net.optionStart[k + 1]; o++) {
				int v = net.optionNode[o];
				if (v != h) {
					gap = Math.max(gap, -(base + net.optionCost[o] - net.phi[v]));
				}
			}
			if (h != net.unassigned) {
				gap = Math.max(gap, -(base + net.unassignedCost - net.phi[net.unassigned]));
			}
		}
		for (int j = 0; j < net.slots; j++) {
			double toShopper = net.phi[j] - net.phi[net.shopperNode(j)];
			gap = Math.max(gap, (net.occupant[j] < 0) ? -toShopper : toShopper);
		}
		for (int v = net.slots; v < net.nodes; v++) {
			if (net.load[v] < net.capacity[v]) {
				gap = Math.max(gap, -(net.phi[v] - net.phiSink + net.marginal(v)));
			}
			if (net.load[v] > 0) {
				double previous = (v < net.unassigned) ? net.loadPenalty * (net.load[v] - 1) : 0;
				gap = Math.max(gap, -(-previous + net.phiSink - net.phi[v]));
			}
		}
		return gap;
	}

}
