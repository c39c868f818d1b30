package crmcopilot.campaigns.internal;

import crmcopilot.shared.InvalidInputException;

/**
 * A step asked for before the step that gives it its inputs: pages show the message like
 * any bad input, the API answers 409 naming the missing step.
 */
public class StepMissingException extends InvalidInputException {

	private final int missingStep;

	StepMissingException(String field, int missingStep, String messageKey, String defaultMessage) {
		super(field, messageKey, new Object[0], defaultMessage);
		this.missingStep = missingStep;
	}

	/** The step (1..9) to run first. */
	public int missingStep() {
		return this.missingStep;
	}

	public static StepMissingException connectFirst() {
		return new StepMissingException("source", 2, "campaigns.error.connect-first",
				"connect a customer source first (step 2)");
	}

	public static StepMissingException segmentFirst() {
		return new StepMissingException("persona", 4, "campaigns.error.segment-first",
				"run the segmentation first (steps 3 to 6)");
	}

	public static StepMissingException chooseFirst() {
		return new StepMissingException("persona", 7, "campaigns.error.choose-first",
				"choose a persona first (step 7)");
	}

}
