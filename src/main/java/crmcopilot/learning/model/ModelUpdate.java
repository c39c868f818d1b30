package crmcopilot.learning.model;

/**
 * What a merchant contributes to a federated round: its model parameters after local
 * training and the number of examples they were trained on. Nothing else.
 */
public record ModelUpdate(double[] weights, long examples) {

	public ModelUpdate {
		if (examples < 0) {
			throw new IllegalArgumentException("examples must not be negative");
		}
	}

}
