package crmcopilot.matching.internal.assignment;

import java.util.Arrays;

/**
 * One step of successive shortest augmenting paths on a {@link SlotNetwork}: a client
 * enters along the cheapest path to the sink (Dijkstra with Johnson potentials and a
 * binary heap, since the network is sparse), which may move a chain of clients to other
 * slots or shoppers; the potentials are then updated so that every residual arc stays
 * non-negative.
 *
 * <p>
 * Residual arcs: a client moves from the node holding it to any other of its options or
 * to the unassigned node; a free slot leads to its shopper; a shopper leads back to each
 * of its occupied slots (its client may move on), to the sink while it has room and to
 * its direct members' other options; the unassigned node leads to the sink and to its
 * members' options.
 */
final class SlotAugmentingPath {

	private final SlotNetwork net;

	private final double[] dist;

	private final boolean[] settled;

	private final int[] prevNode;

	private final int[] prevClient;

	private final int[] prevOption;

	private double[] heapKey = new double[64];

	private int[] heapNode = new int[64];

	private int heapSize;

	private double sinkDist;

	private int end;

	SlotAugmentingPath(SlotNetwork net) {
		this.net = net;
		this.dist = new double[net.nodes];
		this.settled = new boolean[net.nodes];
		this.prevNode = new int[net.nodes];
		this.prevClient = new int[net.nodes];
		this.prevOption = new int[net.nodes];
		Arrays.fill(this.dist, SlotNetwork.INF);
	}

	/**
	 * Adds the client along its shortest path (the unassigned node is always reachable).
	 */
	void augment(int client) {
		SlotNetwork net = this.net;
		this.heapSize = 0;
		this.sinkDist = SlotNetwork.INF;
		this.end = -1;
		double lowest = net.unassignedCost - net.phi[net.unassigned];
		for (int o = net.optionStart[client]; o < net.optionStart[client + 1]; o++) {
			lowest = Math.min(lowest, net.optionCost[o] - net.phi[net.optionNode[o]]);
		}
		for (int o = net.optionStart[client]; o < net.optionStart[client + 1]; o++) {
			int v = net.optionNode[o];
			relax(v, net.optionCost[o] - net.phi[v] - lowest, -1, client, o);
		}
		relax(net.unassigned, net.unassignedCost - net.phi[net.unassigned] - lowest, -1, client, -1);
		while (this.heapSize > 0) {
			double du = this.heapKey[0];
			int u = pop();
			if (this.settled[u] || du > this.dist[u]) {
				continue;
			}
			if (du >= this.sinkDist) {
				break;
			}
			this.settled[u] = true;
			expand(u, du);
		}
		double reach = this.sinkDist;
		for (int v = 0; v < net.nodes; v++) {
			double d = this.dist[v];
			net.phi[v] += (this.settled[v] && d < reach) ? d : reach;
		}
		net.phiSink += reach;
		apply(this.end);
		Arrays.fill(this.dist, SlotNetwork.INF);
		Arrays.fill(this.settled, false);
	}

	private void expand(int u, double du) {
		SlotNetwork net = this.net;
		if (net.isSlot(u)) {
			int occupant = net.occupant[u];
			if (occupant < 0) {
				int shopper = net.shopperNode(u);
				relax(shopper, du + net.phi[u] - net.phi[shopper], u, -1, -1);
			}
			else {
				moves(occupant, u, du);
			}
			return;
		}
		if (u != net.unassigned) {
			int shopper = u - net.slots;
			for (int j = net.firstSlot[shopper]; j < net.firstSlot[shopper + 1]; j++) {
				if (net.occupant[j] >= 0) {
					relax(j, du + net.phi[u] - net.phi[j], u, -1, -1);
				}
			}
		}
		for (int i = 0; i < net.memberCount(u); i++) {
			moves(net.member(u, i), u, du);
		}
	}

	/** Relaxes the arcs of a client leaving the node that holds it. */
	private void moves(int client, int from, double du) {
		SlotNetwork net = this.net;
		double base = du + net.phi[from] - net.holderCost(client);
		for (int o = net.optionStart[client]; o < net.optionStart[client + 1]; o++) {
			int v = net.optionNode[o];
			if (v != from) {
				relax(v, base + net.optionCost[o] - net.phi[v], from, client, o);
			}
		}
		if (from != net.unassigned) {
			relax(net.unassigned, base + net.unassignedCost - net.phi[net.unassigned], from, client, -1);
		}
	}

	private void relax(int v, double d, int from, int client, int option) {
		if (this.settled[v] || !(d < this.dist[v])) {
			return;
		}
		this.dist[v] = d;
		this.prevNode[v] = from;
		this.prevClient[v] = client;
		this.prevOption[v] = option;
		push(v, d);
		SlotNetwork net = this.net;
		if (!net.isSlot(v) && net.load[v] < net.capacity[v]) {
			double candidate = d + net.phi[v] - net.phiSink + net.marginal(v);
			if (candidate < this.sinkDist) {
				this.sinkDist = candidate;
				this.end = v;
			}
		}
	}

	/** Moves the clients along the path, from its end back to the entering client. */
	private void apply(int last) {
		int v = last;
		while (v >= 0) {
			int client = this.prevClient[v];
			if (client >= 0) {
				this.net.place(client, v, this.prevOption[v]);
			}
			v = this.prevNode[v];
		}
	}

	private void push(int node, double key) {
		if (this.heapSize == this.heapKey.length) {
			this.heapKey = Arrays.copyOf(this.heapKey, this.heapSize * 2);
			this.heapNode = Arrays.copyOf(this.heapNode, this.heapSize * 2);
		}
		int i = this.heapSize++;
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			if (this.heapKey[parent] <= key) {
				break;
			}
			this.heapKey[i] = this.heapKey[parent];
			this.heapNode[i] = this.heapNode[parent];
			i = parent;
		}
		this.heapKey[i] = key;
		this.heapNode[i] = node;
	}

	private int pop() {
		int top = this.heapNode[0];
		int size = --this.heapSize;
		double key = this.heapKey[size];
		int node = this.heapNode[size];
		int i = 0;
		while (true) {
			int child = 2 * i + 1;
			if (child >= size) {
				break;
			}
			if (child + 1 < size && this.heapKey[child + 1] < this.heapKey[child]) {
				child++;
			}
			if (this.heapKey[child] >= key) {
				break;
			}
			this.heapKey[i] = this.heapKey[child];
			this.heapNode[i] = this.heapNode[child];
			i = child;
		}
		this.heapKey[i] = key;
		this.heapNode[i] = node;
		return top;
	}

}
