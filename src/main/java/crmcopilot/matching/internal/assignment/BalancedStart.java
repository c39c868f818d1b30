package crmcopilot.matching.internal.assignment;

import java.util.Arrays;

/**
 * The fast way for plain scores (no load penalty, no forbidden pair) with warm
 * potentials. The spare capacity is first taken by placeholder clients that score 0 with
 * everybody, so the problem is balanced: every slot ends up filled, the potentials of
 * free slots no longer matter and a search can stop at the first shopper with room,
 * whatever the starting potentials. The placeholders go to the least wanted shoppers
 * (highest potential, all raised to the same level, which their zero costs require). Then
 * each client takes the shortest augmenting path; with good potentials most paths end at
 * once. Placeholders move like clients (arc cost 0), and at the end the shoppers holding
 * them define the sink potential, so the usual certificate applies.
 */
final class BalancedStart {

	private static final int PLACEHOLDER = -2;

	private final FlowNetwork net;

	/** Spare slots held by placeholder clients, per shopper node. */
	private final int[] placeholders;

	private BalancedStart(FlowNetwork net) {
		this.net = net;
		this.placeholders = new int[net.nodes];
	}

	/** Assigns every client of the network, starting from the estimated potentials. */
	static void run(FlowNetwork net, double[] estimate) {
		new BalancedStart(net).run(estimate);
	}

	private void run(double[] estimate) {
		FlowNetwork net = this.net;
		long slots = 0;
		for (int t = 0; t < net.nodes; t++) {
			slots += net.capacity[t];
			net.phi[t] = estimate[t];
		}
		long spare = slots - net.n;
		Integer[] order = new Integer[net.nodes];
		for (int t = 0; t < net.nodes; t++) {
			order[t] = t;
		}
		Arrays.sort(order, (a, b) -> (net.phi[a] != net.phi[b]) ? Double.compare(net.phi[b], net.phi[a]) : a - b);
		double top = (net.nodes > 0) ? net.phi[order[0]] : 0;
		for (int i = 0; i < net.nodes && spare > 0; i++) {
			int t = order[i];
			int take = (int) Math.min(spare, net.capacity[t]);
			if (take > 0) {
				this.placeholders[t] = take;
				net.phi[t] = top;
				spare -= take;
			}
		}
		for (int client = 0; client < net.n; client++) {
			augment(client);
		}
		double highest = -FlowNetwork.INF;
		for (int t = 0; t < net.nodes; t++) {
			if (net.load[t] < net.capacity[t]) {
				highest = Math.max(highest, net.phi[t]);
			}
		}
		if (highest == -FlowNetwork.INF) {
			highest = 0;
			for (int t = 0; t < net.nodes; t++) {
				highest = Math.max(highest, net.phi[t]);
			}
		}
		net.phiSink = highest;
	}

	private void augment(int client) {
		FlowNetwork net = this.net;
		int nodes = net.nodes;
		double[] cost = net.cost;
		double[] phi = net.phi;
		double[] best = net.best;
		int[] bestClient = net.bestClient;
		int[] placeholders = this.placeholders;
		double[] key = net.key;
		int row = client * nodes;
		double lowest = FlowNetwork.INF;
		for (int t = 0; t < nodes; t++) {
			double d = cost[row + t] - phi[t];
			key[t] = d;
			net.prevShopper[t] = -1;
			net.prevClient[t] = client;
			net.dist[t] = FlowNetwork.INF;
			if (d < lowest) {
				lowest = d;
			}
		}
		int u = -1;
		double du = FlowNetwork.INF;
		for (int t = 0; t < nodes; t++) {
			double d = key[t] - lowest;
			key[t] = d;
			if (d < du) {
				du = d;
				u = t;
			}
		}
		int end = -1;
		while (u >= 0) {
			net.dist[u] = du;
			key[u] = Double.NaN;
			if (net.load[u] + placeholders[u] < net.capacity[u]) {
				end = u;
				break;
			}
			int from = u;
			u = -1;
			double next = FlowNetwork.INF;
			double base = du + phi[from];
			int arcs = from * nodes;
			boolean spare = placeholders[from] > 0;
			for (int t = 0; t < nodes; t++) {
				double k = key[t];
				double w = best[arcs + t];
				int moved = bestClient[arcs + t];
				if (spare && t != from && w > 0) {
					w = 0;
					moved = PLACEHOLDER;
				}
				double d = base + w - phi[t];
				if (d < k) {
					k = d;
					key[t] = d;
					net.prevShopper[t] = from;
					net.prevClient[t] = moved;
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
		double reach = net.dist[end];
		for (int t = 0; t < nodes; t++) {
			double d = net.dist[t];
			phi[t] += (d < reach) ? d : reach;
		}
		int t = end;
		while (t >= 0) {
			int moved = net.prevClient[t];
			int from = net.prevShopper[t];
			if (moved == PLACEHOLDER) {
				placeholders[from]--;
				placeholders[t]++;
			}
			else {
				if (from >= 0) {
					net.remove(from, moved);
				}
				net.add(t, moved);
			}
			t = from;
		}
	}

}
