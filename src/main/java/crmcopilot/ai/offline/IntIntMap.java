package crmcopilot.ai.offline;

import java.util.Arrays;

/**
 * An open-addressing map from int keys to non-negative int values, without boxing: the
 * vocabulary's lookup sits on the prediction hot path.
 */
final class IntIntMap {

	private static final int EMPTY = -1;

	private int[] keys;

	private int[] values;

	private int size;

	private int mask;

	IntIntMap(int expected) {
		int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
		this.keys = new int[capacity];
		this.values = new int[capacity];
		Arrays.fill(this.values, EMPTY);
		this.mask = capacity - 1;
	}

	/** The value, or -1 when absent. */
	int get(int key) {
		int slot = slot(key);
		while (this.values[slot] != EMPTY) {
			if (this.keys[slot] == key) {
				return this.values[slot];
			}
			slot = (slot + 1) & this.mask;
		}
		return EMPTY;
	}

	void put(int key, int value) {
		if ((this.size + 1) * 2 > this.keys.length) {
			grow();
		}
		int slot = slot(key);
		while (this.values[slot] != EMPTY) {
			if (this.keys[slot] == key) {
				this.values[slot] = value;
				return;
			}
			slot = (slot + 1) & this.mask;
		}
		this.keys[slot] = key;
		this.values[slot] = value;
		this.size++;
	}

	int size() {
		return this.size;
	}

	private int slot(int key) {
		return (key * 0x9E3779B9 >>> 7) & this.mask;
	}

	private void grow() {
		int[] oldKeys = this.keys;
		int[] oldValues = this.values;
		this.keys = new int[oldKeys.length * 2];
		this.values = new int[oldKeys.length * 2];
		Arrays.fill(this.values, EMPTY);
		this.mask = this.keys.length - 1;
		this.size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldValues[i] != EMPTY) {
				put(oldKeys[i], oldValues[i]);
			}
		}
	}

	/**
	 * The keys indexed by their value, for maps whose values are 0..size-1.
	 */
	int[] keysByValue(int size) {
		int[] keys = new int[size];
		for (int i = 0; i < this.keys.length; i++) {
			if (this.values[i] != EMPTY && this.values[i] < size) {
				keys[this.values[i]] = this.keys[i];
			}
		}
		return keys;
	}

}
