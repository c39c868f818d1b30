package crmcopilot.learning.internal.federation;

import crmcopilot.shared.InvalidInputException;

/** An aggregation was asked for with fewer contributing merchants than required. */
public class NotEnoughContributorsException extends InvalidInputException {

	private final int available;

	private final int required;

	public NotEnoughContributorsException(int available, int required) {
		super("minContributors", "learning.error.not-enough-contributors", new Object[] { required, available },
				"aggregation needs at least %d contributing merchants, %d available".formatted(required, available));
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
