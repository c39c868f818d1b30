package crmcopilot.learning.internal.federation;

import crmcopilot.learning.internal.Inputs;
import crmcopilot.learning.internal.LearningSettings;
import crmcopilot.learning.model.FederatedAveraging;
import crmcopilot.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Options of an aggregation job, as the API receives them; null fields take the settings'
 * defaults.
 *
 * @param method {@code federated_averaging}, {@code coordinate_median} or
 * {@code trimmed_mean}
 * @param fedProxMu proximal term of local training (0 = plain FedAvg)
 * @param clipNorm with {@code noiseMultiplier}: differential privacy of contributions
 * @param secureAggregation every round under secure aggregation: the server learns only
 * the sum of the merchants' masked updates (FedAvg without clipping only)
 */
public record AggregationRequest(@Nullable Integer minContributors, @Nullable Integer rounds, @Nullable String method,
		@Nullable Double fedProxMu, @Nullable Double trimFraction, @Nullable Double clipNorm,
		@Nullable Double noiseMultiplier, @Nullable Boolean secureAggregation) {

	public static AggregationRequest defaults() {
		return new AggregationRequest(null, null, null, null, null, null, null, null);
	}

	public static AggregationRequest withMinContributors(int minContributors) {
		return new AggregationRequest(minContributors, null, null, null, null, null, null, null);
	}

	/** The request checked and completed with the settings' defaults. */
	record Checked(int minContributors, int rounds, FederatedAveraging.Method method, double fedProxMu,
			double trimFraction, FederatedAveraging.@Nullable Privacy privacy, boolean secureAggregation) {
	}

	Checked check(LearningSettings settings) {
		Inputs.finite("fedProxMu", this.fedProxMu);
		Inputs.finite("trimFraction", this.trimFraction);
		Inputs.finite("clipNorm", this.clipNorm);
		Inputs.finite("noiseMultiplier", this.noiseMultiplier);
		int min = (this.minContributors != null) ? this.minContributors : settings.minContributors();
		if (min < 1) {
			throw invalid("minContributors", "learning.error.min-contributors", "minContributors must be at least 1");
		}
		int rounds = (this.rounds != null) ? this.rounds : settings.rounds();
		if (rounds < 1 || rounds > 500) {
			throw invalid("rounds", "learning.error.rounds", "rounds must be between 1 and 500");
		}
		FederatedAveraging.Method method;
		try {
			method = FederatedAveraging.Method.of((this.method != null) ? this.method : "federated_averaging");
		}
		catch (IllegalArgumentException ex) {
			throw invalid("method", "learning.error.method",
					"method must be federated_averaging, coordinate_median or trimmed_mean");
		}
		FederatedAveraging.Privacy privacy = null;
		if (this.clipNorm != null || this.noiseMultiplier != null) {
			if (this.clipNorm == null || this.noiseMultiplier == null || !(this.clipNorm > 0)
					|| !(this.noiseMultiplier > 0)) {
				throw invalid("noiseMultiplier", "learning.error.privacy",
						"differential privacy needs a positive clipNorm and noiseMultiplier");
			}
			privacy = new FederatedAveraging.Privacy(this.clipNorm, this.noiseMultiplier, settings.dpDelta());
		}
		double mu = (this.fedProxMu != null) ? this.fedProxMu : 0;
		double trim = (this.trimFraction != null) ? this.trimFraction : 0.1;
		if (mu < 0 || trim < 0 || trim >= 0.5) {
			throw invalid("fedProxMu", "learning.error.fedprox", "fedProxMu must be ≥ 0 and trimFraction in [0, 0.5)");
		}
		boolean secure = Boolean.TRUE.equals(this.secureAggregation);
		if (secure && (method != FederatedAveraging.Method.FEDERATED_AVERAGING || privacy != null)) {
			throw invalid("secureAggregation", "learning.error.secure-aggregation",
					"secure aggregation reveals only a sum: use it with federated_averaging and without clipNorm");
		}
		return new Checked(min, rounds, method, mu, trim, privacy, secure);
	}

	private static InvalidInputException invalid(String field, String key, String message) {
		return new InvalidInputException(field, key, new Object[0], message);
	}

}
