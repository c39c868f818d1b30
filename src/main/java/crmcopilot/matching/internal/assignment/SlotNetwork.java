package crmcopilot.matching.internal.assignment;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The min-cost flow network source → clients → slots → shoppers → sink of a booking
 * problem, with its flow and Johnson potentials.
 *
 * <p>
 * Nodes are the slots ({@code 0..S-1}, capacity 1 each), the shoppers ({@code S..S+m-1},
 * their capacity) and a virtual "unassigned" node {@code U} that takes any client at a
 * cost larger than any possible score gain, so the optimum is lexicographic (most clients
 * placed, then the best total score), as in {@link FlowNetwork}. A client who gave no
 * window goes to a shopper node directly. Each client's arcs (its <em>options</em>) are
 * listed once, in compressed rows; a client's cost on an option is its negated score for
 * that shopper, whatever the slot.
 */
final class SlotNetwork {

	static final double INF = Double.POSITIVE_INFINITY;

	final int n;

	final int m;

	final int slots;

	/** Index of the virtual "unassigned" node; also the number of real nodes. */
	final int unassigned;

	final int nodes;

	final int[] slotShopper;

	/** First slot of each shopper, and {@code slots} at index {@code m}. */
	final int[] firstSlot;

	final int[] optionStart;

	final int[] optionNode;

	final double[] optionCost;

	final double unassignedCost;

	final int[] capacity;

	final double loadPenalty;

	/** Clients per shopper: direct members plus occupied slots. */
	final int[] load;

	/** The client in each slot, or -1. */
	final int[] occupant;

	/** The node holding each client, or -1 before it enters. */
	final int[] holder;

	/** The option each client uses, or -1 in the unassigned node. */
	final int[] holderOption;

	/**
	 * Direct members of each shopper node (index {@code s}) and of the unassigned node.
	 */
	private final int[][] members;

	private final int[] memberCount;

	private final int[] memberPosition;

	final double[] phi;

	double phiSink;

	SlotNetwork(ScoreMatrix matrix, int[] capacities, double loadPenalty, SlotGrid grid) {
		this.n = matrix.clients();
		this.m = matrix.shoppers();
		this.slots = grid.slots();
		this.unassigned = this.slots + this.m;
		this.nodes = this.unassigned + 1;
		this.loadPenalty = loadPenalty;
		this.slotShopper = grid.slotShopper();
		this.firstSlot = new int[this.m + 1];
		int j = 0;
		for (int s = 0; s <= this.m; s++) {
			while (j < this.slots && this.slotShopper[j] < s) {
				j++;
			}
			this.firstSlot[s] = j;
		}
		if (this.slots > 0 && this.slotShopper[this.slots - 1] >= this.m) {
			throw new IllegalArgumentException("a slot belongs to an unknown shopper");
		}
		int[][] slotsAtTime = slotsByTime(grid);
		this.optionStart = new int[this.n + 1];
		int[] nodesBuffer = new int[Math.max(16, this.m)];
		double[] costBuffer = new double[nodesBuffer.length];
		int used = 0;
		double min = INF;
		double max = -INF;
		BitSet[] accepted = grid.accepted();
		for (int k = 0; k < this.n; k++) {
			this.optionStart[k] = used;
			BitSet times = (accepted != null) ? accepted[k] : null;
			if (times == null) {
				for (int s = 0; s < this.m; s++) {
					double score = matrix.score(k, s);
					if (score > Double.NEGATIVE_INFINITY) {
						if (used == nodesBuffer.length) {
							nodesBuffer = Arrays.copyOf(nodesBuffer, used * 2);
							costBuffer = Arrays.copyOf(costBuffer, used * 2);
						}
						nodesBuffer[used] = this.slots + s;
						costBuffer[used++] = -score;
					}
				}
			}
			else {
				for (int t = times.nextSetBit(0); t >= 0 && t < grid.times(); t = times.nextSetBit(t + 1)) {
					for (int slot : slotsAtTime[t]) {
						double score = matrix.score(k, this.slotShopper[slot]);
						if (score > Double.NEGATIVE_INFINITY) {
							if (used == nodesBuffer.length) {
								nodesBuffer = Arrays.copyOf(nodesBuffer, used * 2);
								costBuffer = Arrays.copyOf(costBuffer, used * 2);
							}
							nodesBuffer[used] = slot;
							costBuffer[used++] = -score;
						}
					}
				}
			}
			for (int o = this.optionStart[k]; o < used; o++) {
				min = Math.min(min, costBuffer[o]);
				max = Math.max(max, costBuffer[o]);
			}
		}
		this.optionStart[this.n] = used;
		this.optionNode = Arrays.copyOf(nodesBuffer, used);
		this.optionCost = Arrays.copyOf(costBuffer, used);
		double range = (min <= max) ? max - min : 0;
		double highest = (min <= max) ? Math.max(Math.abs(min), Math.abs(max)) : 0;
		this.unassignedCost = highest + (range + loadPenalty * this.n + 1) * (this.n + 1);
		this.capacity = new int[this.nodes];
		for (int s = 0; s < this.m; s++) {
			if (capacities[s] < 0) {
				throw new IllegalArgumentException("capacity of shopper " + s + " is negative");
			}
			this.capacity[this.slots + s] = capacities[s];
		}
		Arrays.fill(this.capacity, 0, this.slots, 1);
		this.capacity[this.unassigned] = this.n;
		this.load = new int[this.nodes];
		this.occupant = new int[this.slots];
		Arrays.fill(this.occupant, -1);
		this.holder = new int[this.n];
		Arrays.fill(this.holder, -1);
		this.holderOption = new int[this.n];
		this.members = new int[this.m + 1][];
		for (int s = 0; s <= this.m; s++) {
			this.members[s] = new int[4];
		}
		this.memberCount = new int[this.m + 1];
		this.memberPosition = new int[this.n];
		this.phi = new double[this.nodes];
	}

	private static int[][] slotsByTime(SlotGrid grid) {
		int[] count = new int[grid.times()];
		for (int time : grid.slotTime()) {
			count[time]++;
		}
		int[][] byTime = new int[grid.times()][];
		for (int t = 0; t < grid.times(); t++) {
			byTime[t] = new int[count[t]];
			count[t] = 0;
		}
		for (int j = 0; j < grid.slots(); j++) {
			int time = grid.slotTime()[j];
			byTime[time][count[time]++] = j;
		}
		return byTime;
	}

	boolean isSlot(int node) {
		return node < this.slots;
	}

	/**
	 * The shopper node a slot or shopper node counts against, or -1 for the unassigned.
	 */
	int shopperNode(int node) {
		if (node < this.slots) {
			return this.slots + this.slotShopper[node];
		}
		return (node < this.unassigned) ? node : -1;
	}

	/** What the client's current place costs. */
	double holderCost(int client) {
		int option = this.holderOption[client];
		return (option < 0) ? this.unassignedCost : this.optionCost[option];
	}

	/** Marginal cost of one more client for a shopper or the unassigned node. */
	double marginal(int node) {
		return (node < this.unassigned) ? this.loadPenalty * this.load[node] : 0;
	}

	int memberCount(int node) {
		return this.memberCount[node - this.slots];
	}

	int member(int node, int i) {
		return this.members[node - this.slots][i];
	}

	/** Puts a client in a node through one of its options (-1: the unassigned node). */
	void place(int client, int node, int option) {
		int previous = this.holder[client];
		if (previous >= 0) {
			leave(client, previous);
		}
		this.holder[client] = node;
		this.holderOption[client] = option;
		if (node < this.slots) {
			this.occupant[node] = client;
			this.load[shopperNode(node)]++;
			return;
		}
		int index = node - this.slots;
		if (this.memberCount[index] == this.members[index].length) {
			this.members[index] = Arrays.copyOf(this.members[index], this.members[index].length * 2);
		}
		this.memberPosition[client] = this.memberCount[index];
		this.members[index][this.memberCount[index]++] = client;
		this.load[node]++;
	}

	private void leave(int client, int node) {
		if (node < this.slots) {
			if (this.occupant[node] == client) {
				this.occupant[node] = -1;
				this.load[shopperNode(node)]--;
			}
			return;
		}
		int index = node - this.slots;
		int position = this.memberPosition[client];
		int last = this.members[index][--this.memberCount[index]];
		this.members[index][position] = last;
		this.memberPosition[last] = position;
		this.load[node]--;
	}

}
