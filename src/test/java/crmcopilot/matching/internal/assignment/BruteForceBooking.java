package crmcopilot.matching.internal.assignment;

/**
 * Tries every choice of slot (or shopper, for a client without windows, or nothing) for
 * every client of a tiny booking problem: the most clients placed, then the best
 * objective.
 */
final class BruteForceBooking {

	private final ScoreMatrix matrix;

	private final int[] capacities;

	private final double penalty;

	private final SlotGrid grid;

	private final int[] load;

	private final boolean[] used;

	private double bestCount = -1;

	private double bestObjective;

	BruteForceBooking(ScoreMatrix matrix, int[] capacities, double penalty, SlotGrid grid) {
		this.matrix = matrix;
		this.capacities = capacities;
		this.penalty = penalty;
		this.grid = grid;
		this.load = new int[matrix.shoppers()];
		this.used = new boolean[grid.slots()];
	}

	/** {cardinality, objective} of the best assignment. */
	double[] best() {
		visit(0, 0, 0);
		return new double[] { this.bestCount, this.bestObjective };
	}

	private void visit(int k, int count, double score) {
		if (k == this.matrix.clients()) {
			double objective = score;
			for (int l : this.load) {
				objective -= this.penalty * l * (l - 1) / 2.0;
			}
			if (count > this.bestCount || (count == this.bestCount && objective > this.bestObjective + 1e-12)) {
				this.bestCount = count;
				this.bestObjective = objective;
			}
			return;
		}
		visit(k + 1, count, score);
		if (this.grid.accepted()[k] == null) {
			for (int s = 0; s < this.matrix.shoppers(); s++) {
				take(k, s, -1, count, score);
			}
			return;
		}
		for (int j = 0; j < this.grid.slots(); j++) {
			if (!this.used[j] && this.grid.accepted()[k].get(this.grid.slotTime()[j])) {
				take(k, this.grid.slotShopper()[j], j, count, score);
			}
		}
	}

	private void take(int k, int s, int slot, int count, double score) {
		double value = this.matrix.score(k, s);
		if (value == Double.NEGATIVE_INFINITY || this.load[s] >= this.capacities[s]) {
			return;
		}
		this.load[s]++;
		if (slot >= 0) {
			this.used[slot] = true;
		}
		visit(k + 1, count + 1, score + value);
		this.load[s]--;
		if (slot >= 0) {
			this.used[slot] = false;
		}
	}

}
