package crmcopilot.matching.internal.assignment;

/**
 * An optimal assignment of clients to shoppers.
 *
 * @param shopperOfClient for each client its shopper index, or -1 when unassigned
 * @param load clients per shopper
 * @param totalScore sum of the scores of the assigned pairs
 * @param objective what was maximised: the total score minus the load penalty
 * @param optimalityGap largest violation of the dual (reduced cost) conditions found by
 * the final check; 0 up to rounding proves the assignment optimal
 */
public record Assignment(int[] shopperOfClient, int[] load, double totalScore, double objective, int assigned,
		int unassigned, double optimalityGap) {

}
