package crmcopilot.matching.internal.booking;

/**
 * The slot asked for is no longer free (booked by someone else meanwhile, or outside the
 * shopper's hours); nothing was changed.
 */
public final class SlotTaken extends RuntimeException {

	SlotTaken() {
		super("the slot is no longer free", null, false, false);
	}

}
