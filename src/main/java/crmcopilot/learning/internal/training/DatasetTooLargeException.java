package crmcopilot.learning.internal.training;

import crmcopilot.shared.InvalidInputException;

/**
 * A dataset with more values (rows × columns) than one training may hold in memory
 * ({@code copilot.learning.dataset-max-cells}); answered 413 by the training API.
 */
public class DatasetTooLargeException extends InvalidInputException {

	DatasetTooLargeException(long maxCells) {
		super("file", "learning.error.dataset-cells", new Object[] { maxCells },
				"the dataset has more than " + maxCells + " values (rows × columns)");
	}

}
