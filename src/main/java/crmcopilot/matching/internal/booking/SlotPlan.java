package crmcopilot.matching.internal.booking;

import java.time.Instant;
import java.util.List;

import crmcopilot.matching.internal.assignment.SlotGrid;

/**
 * The bookable slots of a batch: the grid the solver reads and when each slot is.
 *
 * @param starts the start of each slot, as indexed by the grid
 * @param ends the end of each slot
 */
public record SlotPlan(SlotGrid grid, List<Instant> starts, List<Instant> ends) {

	/** Whether the client gave windows (and so gets an appointment). */
	public boolean booksClient(int client) {
		var accepted = this.grid.accepted();
		return accepted != null && accepted[client] != null;
	}

	/** Whether some shopper that the client may see has a slot inside its windows. */
	public boolean hasCommonSlot(int client, int shopper) {
		var accepted = this.grid.accepted();
		if (accepted == null || accepted[client] == null) {
			return true;
		}
		for (int j = 0; j < this.grid.slots(); j++) {
			if (this.grid.slotShopper()[j] == shopper && accepted[client].get(this.grid.slotTime()[j])) {
				return true;
			}
		}
		return false;
	}

}
