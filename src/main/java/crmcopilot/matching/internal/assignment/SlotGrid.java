package crmcopilot.matching.internal.assignment;

import java.util.BitSet;

import org.jspecify.annotations.Nullable;

/**
 * The bookable slots of a batch and the times each client accepts.
 *
 * @param slotShopper the shopper of each slot, non-decreasing (a shopper's slots are
 * consecutive)
 * @param slotTime the time of each slot, an index into the distinct slot times
 * @param times how many distinct slot times there are
 * @param accepted per client, the slot times inside its preferred windows; {@code null}
 * for a client who gave no window (assigned to a shopper without an appointment)
 */
public record SlotGrid(int[] slotShopper, int[] slotTime, int times, @Nullable BitSet[] accepted) {

	public SlotGrid {
		if (slotShopper.length != slotTime.length) {
			throw new IllegalArgumentException("every slot needs a shopper and a time");
		}
		for (int j = 0; j < slotShopper.length; j++) {
			if (j > 0 && slotShopper[j] < slotShopper[j - 1]) {
				throw new IllegalArgumentException("slots must be grouped by shopper");
			}
			if (slotTime[j] < 0 || slotTime[j] >= times) {
				throw new IllegalArgumentException("slot time out of range");
			}
		}
	}

	public int slots() {
		return this.slotShopper.length;
	}

}
