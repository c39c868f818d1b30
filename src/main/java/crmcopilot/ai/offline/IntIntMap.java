package crmcopilot.ai.offline;

import java.util.Arrays;

/**
 * An open-addressing map from int keys to non-negative int values, without boxing: the
 * vocabulary's lookup sits on the prediction hot path. Each key sits next to its value in
 * one array, so a lookup reads one cache line rather than two.
 */
final class IntIntMap {

	private static final int EMPTY = -1;

	/** Key, value, key, value...: a free slot has the value {@value #EMPTY}. */
	private int[] slots;

	private int size;

	private int mask;

	IntIntMap(int expected) {
		int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
		this.slots = emptySlots(capacity);
		this.mask = capacity - 1;
	}

	/** The value, or -1 when absent. */
	int get(int key) {
		int slot = slot(key);
		int value;
		while ((value = this.slots[2 * slot + 1]) != EMPTY) {
			if (this.slots[2 * slot] == key) {
				return value;
			}
			slot = (slot + 1) & this.mask;
		}
		return EMPTY;
	}

	void put(int key, int value) {
		if ((this.size + 1) * 2 > capacity()) {
			grow();
		}
		int slot = slot(key);
		while (this.slots[2 * slot + 1] != EMPTY) {
			if (this.slots[2 * slot] == key) {
				this.slots[2 * slot + 1] = value;
				return;
			}
			slot = (slot + 1) & this.mask;
		}
		this.slots[2 * slot] = key;
		this.slots[2 * slot + 1] = value;
		this.size++;
	}

	int size() {
		return this.size;
	}

	private int capacity() {
		return this.slots.length / 2;
	}

	private int slot(int key) {
		return (key * 0x9E3779B9 >>> 7) & this.mask;
	}

	private static int[] emptySlots(int capacity) {
		int[] slots = new int[capacity * 2];
		Arrays.fill(slots, EMPTY);
		return slots;
	}

	private void grow() {
		int[] old = this.slots;
		this.slots = emptySlots(old.length);
		this.mask = capacity() - 1;
		this.size = 0;
		for (int i = 0; i < old.length; i += 2) {
			if (old[i + 1] != EMPTY) {
				put(old[i], old[i + 1]);
			}
		}
	}

	/**
	 * The keys indexed by their value, for maps whose values are 0..size-1.
	 */
	int[] keysByValue(int size) {
		int[] keys = new int[size];
		for (int i = 0; i < this.slots.length; i += 2) {
			int value = this.slots[i + 1];
			if (value != EMPTY && value < size) {
				keys[value] = this.slots[i];
			}
		}
		return keys;
	}

}
