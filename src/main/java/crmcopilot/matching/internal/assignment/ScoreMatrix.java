package crmcopilot.matching.internal.assignment;

/**
 * Scores of every client (row) for every shopper (column), row-major. A pair scored
 * {@link Double#NEGATIVE_INFINITY} is forbidden (a hard filter failed).
 */
public record ScoreMatrix(int clients, int shoppers, double[] scores) {

	public ScoreMatrix {
		if (clients < 0 || shoppers < 0) {
			throw new IllegalArgumentException("negative dimensions");
		}
		if (scores.length != (long) clients * shoppers) {
			throw new IllegalArgumentException("expected %d scores for %d x %d, got %d"
				.formatted((long) clients * shoppers, clients, shoppers, scores.length));
		}
		for (double score : scores) {
			if (Double.isNaN(score) || score == Double.POSITIVE_INFINITY) {
				throw new IllegalArgumentException("scores must be finite numbers (or -Infinity for a forbidden pair)");
			}
		}
	}

	public double score(int client, int shopper) {
		return this.scores[client * this.shoppers + shopper];
	}

}
