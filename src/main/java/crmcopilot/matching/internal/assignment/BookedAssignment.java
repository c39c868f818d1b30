package crmcopilot.matching.internal.assignment;

/**
 * An optimal assignment of clients to shoppers and slots.
 *
 * @param assignment the shoppers, totals and optimality gap, as for an assignment without
 * slots
 * @param slotOfClient for each client its slot, or -1 (unassigned, or assigned without an
 * appointment because it gave no window)
 */
public record BookedAssignment(Assignment assignment, int[] slotOfClient) {

}
