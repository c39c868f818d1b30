package crmcopilot.matching.internal.assignment;

/**
 * The final check of a solved network: every reduced cost of the residual network is
 * non-negative (up to rounding) exactly when the flow is optimal.
 */
final class OptimalityCertificate {

	private OptimalityCertificate() {
	}

	/**
	 * The largest negative reduced cost over the residual network (0 proves optimality).
	 */
	static double gap(FlowNetwork net) {
		double gap = 0;
		for (int k = 0; k < net.n; k++) {
			int s = net.owner[k];
			if (s < 0) {
				continue;
			}
			int row = k * net.nodes;
			double clientPotential = net.phi[s] - net.cost[row + s];
			for (int t = 0; t < net.nodes; t++) {
				if (t != s && net.cost[row + t] < FlowNetwork.INF) {
					gap = Math.max(gap, -(net.cost[row + t] + clientPotential - net.phi[t]));
				}
			}
		}
		for (int t = 0; t < net.nodes; t++) {
			if (net.load[t] < net.capacity[t]) {
				gap = Math.max(gap, -(net.phi[t] - net.phiSink + net.marginal(t)));
			}
			if (net.load[t] > 0) {
				double previous = (t < net.m) ? net.loadPenalty * (net.load[t] - 1) : 0;
				gap = Math.max(gap, -(-previous + net.phiSink - net.phi[t]));
			}
		}
		return gap;
	}

}
