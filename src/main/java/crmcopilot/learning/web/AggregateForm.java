package crmcopilot.learning.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The ops view's aggregation form. */
class AggregateForm {

	@Min(value = 1, message = "{learning.error.min-contributors}")
	@Max(value = 100000, message = "{learning.error.min-contributors}")
	private int minContributors = 3;

	public int getMinContributors() {
		return this.minContributors;
	}

	public void setMinContributors(int minContributors) {
		this.minContributors = minContributors;
	}

}
