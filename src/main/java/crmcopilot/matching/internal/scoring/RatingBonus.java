package crmcopilot.matching.internal.scoring;

import org.jspecify.annotations.Nullable;

/**
 * The small nudge a shopper's client ratings give their match score, when the workspace
 * turns "ratings change scores" on. Bounded on purpose: a rating says how a session went,
 * not whether the shopper suits this client, so it can reorder close candidates but never
 * outweigh the criteria. An average of 3 / 5 changes nothing, 5 / 5 adds
 * {@link #MAX_CHANGE} (3 points of 100), 1 / 5 takes it away, linearly in between; a
 * shopper with fewer than {@link #MIN_RATINGS} ratings is left as scored.
 *
 * @param averageStars the mean rating, 1 to 5
 * @param ratings how many ratings the mean rests on
 * @param change what is added to the score (0..1 scale), within ±{@link #MAX_CHANGE}
 */
public record RatingBonus(double averageStars, int ratings, double change) {

	/** Fewest ratings that count. */
	public static final int MIN_RATINGS = 3;

	/** Largest change of a score (0..1 scale): 3 points of 100. */
	public static final double MAX_CHANGE = 0.03;

	/** The bonus of a shopper's ratings, or null when there are too few to count. */
	public static @Nullable RatingBonus of(double averageStars, int ratings) {
		if (ratings < MIN_RATINGS || !Double.isFinite(averageStars)) {
			return null;
		}
		double centred = Math.clamp((averageStars - 3) / 2, -1.0, 1.0);
		return new RatingBonus(averageStars, ratings, centred * MAX_CHANGE);
	}

	/** The change expressed in points of a score out of 100 (signed). */
	public double points() {
		return this.change * 100;
	}

	/** A score (0..1) with the change applied, kept in 0..1. */
	double applyTo(double score) {
		return Math.clamp(score + this.change, 0.0, 1.0);
	}

}
