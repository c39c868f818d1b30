package crmcopilot.crm.source;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic uniform sample of at most {@code limit} rows of a stream (reservoir
 * sampling with a fixed seed), so that the same source gives the same sample.
 */
final class Reservoir<T> {

	private final int limit;

	private final List<T> rows = new ArrayList<>();

	private final SplittableRandom random = new SplittableRandom(20_240_601L);

	private long seen;

	Reservoir(int limit) {
		this.limit = Math.max(1, limit);
	}

	void offer(T row) {
		this.seen++;
		if (this.rows.size() < this.limit) {
			this.rows.add(row);
			return;
		}
		long slot = this.random.nextLong(this.seen);
		if (slot < this.limit) {
			this.rows.set((int) slot, row);
		}
	}

	List<T> rows() {
		return this.rows;
	}

	long seen() {
		return this.seen;
	}

	boolean sampled() {
		return this.seen > this.limit;
	}

}
