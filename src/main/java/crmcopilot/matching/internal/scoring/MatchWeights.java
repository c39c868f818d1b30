package crmcopilot.matching.internal.scoring;

/** Weights of the score components (any non-negative numbers; normalised at use). */
public record MatchWeights(double style, double goals, double lifeMoments, double morphology, double budget,
		double distance, double semantic) {

	public static final MatchWeights DEFAULT = new MatchWeights(0.25, 0.2, 0.1, 0.1, 0.15, 0.1, 0.1);

	public MatchWeights {
		for (double w : new double[] { style, goals, lifeMoments, morphology, budget, distance, semantic }) {
			if (!(w >= 0) || Double.isInfinite(w)) {
				throw new IllegalArgumentException("weights must be finite numbers >= 0");
			}
		}
	}

	/** The explainable parts of a score. */
	public enum Component {

		STYLE, GOALS, LIFE_MOMENTS, MORPHOLOGY, BUDGET, DISTANCE, SEMANTIC;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
