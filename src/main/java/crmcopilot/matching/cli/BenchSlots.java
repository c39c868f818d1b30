package crmcopilot.matching.cli;

import java.util.BitSet;
import java.util.SplittableRandom;

import crmcopilot.matching.internal.assignment.SlotGrid;

/**
 * The synthetic booking instance of {@code bench match --slots N}: two weeks of ten
 * working days with eight session starts each; every shopper offers N distinct starts,
 * every client accepts two windows of four consecutive starts on two days (half a day
 * each), so a client fits about one slot in ten.
 */
final class BenchSlots {

	static final int DAYS = 10;

	static final int STARTS_PER_DAY = 8;

	static final int TIMES = DAYS * STARTS_PER_DAY;

	private static final int WINDOW = 4;

	private BenchSlots() {
	}

	static SlotGrid grid(int clients, int shoppers, int slotsPerShopper, long seed) {
		SplittableRandom random = new SplittableRandom(seed ^ 0x5107L);
		int[] slotShopper = new int[shoppers * slotsPerShopper];
		int[] slotTime = new int[slotShopper.length];
		int[] pool = new int[TIMES];
		for (int s = 0; s < shoppers; s++) {
			for (int t = 0; t < TIMES; t++) {
				pool[t] = t;
			}
			for (int i = 0; i < slotsPerShopper; i++) {
				int pick = i + random.nextInt(TIMES - i);
				int time = pool[pick];
				pool[pick] = pool[i];
				pool[i] = time;
				slotShopper[s * slotsPerShopper + i] = s;
				slotTime[s * slotsPerShopper + i] = time;
			}
		}
		BitSet[] accepted = new BitSet[clients];
		for (int k = 0; k < clients; k++) {
			accepted[k] = new BitSet(TIMES);
			for (int w = 0; w < 2; w++) {
				int start = random.nextInt(DAYS) * STARTS_PER_DAY + random.nextInt(STARTS_PER_DAY - WINDOW + 1);
				accepted[k].set(start, start + WINDOW);
			}
		}
		return new SlotGrid(slotShopper, slotTime, TIMES, accepted);
	}

}
