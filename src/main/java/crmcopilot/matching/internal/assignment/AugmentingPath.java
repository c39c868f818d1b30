package crmcopilot.matching.internal.assignment;

/**
 * One step of successive shortest augmenting paths: a client enters the network along the
 * cheapest path to the sink (Dijkstra over the shopper nodes with Johnson potentials),
 * which may re-assign a chain of clients, and the potentials are updated so that every
 * arc stays non-negative.
 */
final class AugmentingPath {

	private AugmentingPath() {
	}

	/**
	 * Adds the client along its shortest path; a client with no reachable slot stays out.
	 */
	static void augment(FlowNetwork net, int client) {
		int nodes = net.nodes;
		double[] cost = net.cost;
		double[] phi = net.phi;
		double[] best = net.best;
		int[] load = net.load;
		int[] capacity = net.capacity;
		double[] key = net.key;
		int row = client * nodes;
		double lowest = FlowNetwork.INF;
		for (int t = 0; t < nodes; t++) {
			double d = cost[row + t] - phi[t];
			key[t] = d;
			net.prevShopper[t] = -1;
			net.prevClient[t] = client;
			if (d < lowest) {
				lowest = d;
			}
		}
		if (lowest == FlowNetwork.INF) {
			return;
		}
		double sinkDist = FlowNetwork.INF;
		int end = -1;
		int u = -1;
		double du = FlowNetwork.INF;
		for (int t = 0; t < nodes; t++) {
			double d = key[t] - lowest;
			key[t] = d;
			net.dist[t] = FlowNetwork.INF;
			if (d < FlowNetwork.INF && load[t] < capacity[t]) {
				double candidate = d + phi[t] - net.phiSink + net.marginal(t);
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
			net.dist[u] = du;
			key[u] = Double.NaN;
			int from = u;
			u = -1;
			double next = FlowNetwork.INF;
			if (load[from] == 0) {
				for (int t = 0; t < nodes; t++) {
					if (key[t] < next) {
						next = key[t];
						u = t;
					}
				}
			}
			else {
				double base = du + phi[from];
				int arcs = from * nodes;
				for (int t = 0; t < nodes; t++) {
					double k = key[t];
					double d = base + best[arcs + t] - phi[t];
					if (d < k) {
						k = d;
						key[t] = d;
						net.prevShopper[t] = from;
						net.prevClient[t] = net.bestClient[arcs + t];
						if (load[t] < capacity[t]) {
							double candidate = d + phi[t] - net.phiSink + net.marginal(t);
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
		for (int t = 0; t < nodes; t++) {
			double d = net.dist[t];
			phi[t] += (d < sinkDist) ? d : sinkDist;
		}
		net.phiSink += sinkDist;
		net.applyPath(end);
	}

}
