package crmcopilot.learning;

/** An aggregation was asked for with fewer contributing merchants than required. */
public class NotEnoughContributorsException extends RuntimeException {

	private final int available;

	private final int required;

	public NotEnoughContributorsException(int available, int required) {
		super("aggregation needs at least %d contributing merchants, %d available".formatted(required, available));
		this.available = available;
		this.required = required;
	}

	public int available() {
		return this.available;
	}

	public int required() {
		return this.required;
	}

}
