package crmcopilot.learning.model.secure;

/**
 * A secure-aggregation round stopped: too few agents remain to unmask the sum, or a
 * message broke the protocol. Nothing was revealed and no model comes out of the round.
 */
public class SecureAggregationException extends IllegalStateException {

	private final int remaining;

	private final int threshold;

	public SecureAggregationException(String step, int remaining, int threshold) {
		super(("secure aggregation stopped at %s: %d agents remain and the threshold is %d; "
				+ "nothing was unmasked and the round produces no model")
			.formatted(step, remaining, threshold));
		this.remaining = remaining;
		this.threshold = threshold;
	}

	public int remaining() {
		return this.remaining;
	}

	public int threshold() {
		return this.threshold;
	}

}
