package crmcopilot.matching.internal.scoring;

import java.util.List;

import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.Mode;

/**
 * Why a shopper got its score: each component with its value, effective weight and the
 * facts it rests on (the matched styles, the distance...). Components that do not apply
 * (the client gave no morphology, no embeddings are installed...) get weight 0 and their
 * weight is redistributed over the others; {@link Part#note()} says why.
 *
 * @param total in 0..1, the weighted sum of the applicable parts (plus the rating bonus
 * when there is one)
 * @param mode the mode the session would take ({@code IN_PERSON} or {@code REMOTE})
 * @param distanceKm the distance between client and shopper, or null when unknown
 * @param rating what the shopper's client ratings added or took away, or null when the
 * workspace does not let ratings count or the shopper has too few
 */
public record ScoreBreakdown(double total, List<Part> parts, Mode mode, @Nullable Double distanceKm,
		@Nullable RatingBonus rating) {

	/**
	 * One component.
	 *
	 * @param value in 0..1
	 * @param weight effective weight after redistribution (0 when not applicable)
	 * @param facts what matched, e.g. the shared styles
	 * @param note why it does not apply, or null
	 */
	public record Part(MatchWeights.Component component, double value, double weight, List<String> facts,
			@Nullable String note) {

		public boolean applicable() {
			return this.note == null;
		}

		public double contribution() {
			return this.value * this.weight;
		}

	}

	public Part part(MatchWeights.Component component) {
		return this.parts.stream().filter((p) -> p.component() == component).findFirst().orElseThrow();
	}

}
