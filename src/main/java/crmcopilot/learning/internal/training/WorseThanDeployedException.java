package crmcopilot.learning.internal.training;

import crmcopilot.shared.InvalidInputException;

/**
 * A deploy refused because the candidate scores lower than the model serving the merchant
 * on the same held-out rows.
 */
public class WorseThanDeployedException extends InvalidInputException {

	private final String candidateVersion;

	private final double candidateAuc;

	private final String deployedVersion;

	private final double deployedAuc;

	public WorseThanDeployedException(String candidateVersion, double candidateAuc, String deployedVersion,
			double deployedAuc) {
		super("id", "learning.error.worse-than-deployed",
				new Object[] { candidateVersion, candidateAuc, deployedVersion, deployedAuc },
				"%s scores AUC %s on the merchant's held-out rows, below the deployed %s (AUC %s); deploy it with force and a reason"
					.formatted(candidateVersion, format(candidateAuc), deployedVersion, format(deployedAuc)));
		this.candidateVersion = candidateVersion;
		this.candidateAuc = candidateAuc;
		this.deployedVersion = deployedVersion;
		this.deployedAuc = deployedAuc;
	}

	private static String format(double auc) {
		return String.format(java.util.Locale.ROOT, "%.4f", auc);
	}

	public String candidateVersion() {
		return this.candidateVersion;
	}

	public double candidateAuc() {
		return this.candidateAuc;
	}

	public String deployedVersion() {
		return this.deployedVersion;
	}

	public double deployedAuc() {
		return this.deployedAuc;
	}

}
