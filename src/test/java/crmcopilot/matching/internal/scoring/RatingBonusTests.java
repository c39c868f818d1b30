package crmcopilot.matching.internal.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.assignment.ScoreMatrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Client ratings in the scores: nothing unless turned on, and then a bounded nudge. */
class RatingBonusTests {

	private final ClientRequest client = MatchScorerTests.client("Paris", Mode.IN_PERSON, 120);

	private final ShopperProfile shopper = MatchScorerTests.shopper("Boulogne-Billancourt", Set.of(Mode.IN_PERSON), 80,
			160);

	private final MatchScorer plain = new MatchScorer(MatchWeights.DEFAULT, Cities.bundled(), null);

	@Test
	void should_leave_scores_unchanged_when_ratings_do_not_count() {
		MatchScorer withoutRatings = new MatchScorer(MatchWeights.DEFAULT, Cities.bundled(), null, Map.of());
		ScoreBreakdown plainBreakdown = this.plain.explain(this.client, this.shopper).orElseThrow();
		ScoreBreakdown breakdown = withoutRatings.explain(this.client, this.shopper).orElseThrow();
		assertThat(breakdown.total()).isEqualTo(plainBreakdown.total());
		assertThat(breakdown.rating()).isNull();
		assertThat(matrixScore(withoutRatings)).isEqualTo(matrixScore(this.plain));
	}

	@Test
	void should_move_a_score_by_at_most_three_points_either_way() {
		double base = this.plain.explain(this.client, this.shopper).orElseThrow().total();
		double best = scored(5.0, 12).total();
		double worst = scored(1.0, 12).total();
		assertThat(best - base).isCloseTo(0.03, within(1e-9));
		assertThat(base - worst).isCloseTo(0.03, within(1e-9));
		assertThat(scored(3.0, 12).total()).isCloseTo(base, within(1e-9));
		assertThat(scored(4.0, 5).total() - base).isCloseTo(0.015, within(1e-9));
		assertThat(scored(4.0, 5).rating().points()).isCloseTo(1.5, within(1e-9));
	}

	@Test
	void should_ignore_a_shopper_with_fewer_than_three_ratings() {
		assertThat(RatingBonus.of(5.0, 2)).isNull();
		assertThat(RatingBonus.of(Double.NaN, 10)).isNull();
		MatchScorer scorer = new MatchScorer(MatchWeights.DEFAULT, Cities.bundled(), null, Map.of());
		assertThat(scorer.explain(this.client, this.shopper).orElseThrow().rating()).isNull();
	}

	@Test
	void should_apply_the_same_bonus_in_the_matrix_and_keep_scores_within_zero_and_one() {
		RatingBonus bonus = RatingBonus.of(5.0, 4);
		MatchScorer rated = new MatchScorer(MatchWeights.DEFAULT, Cities.bundled(), null,
				Map.of(this.shopper.id(), bonus));
		assertThat(matrixScore(rated)).isCloseTo(rated.explain(this.client, this.shopper).orElseThrow().total(),
				within(1e-9));
		assertThat(bonus.applyTo(0.99)).isEqualTo(1.0);
		assertThat(RatingBonus.of(1.0, 4).applyTo(0.01)).isEqualTo(0.0);
	}

	@Test
	void should_keep_excluded_pairs_excluded() {
		ClientRequest remote = MatchScorerTests.client("Paris", Mode.REMOTE, 120);
		MatchScorer rated = new MatchScorer(MatchWeights.DEFAULT, Cities.bundled(), null,
				Map.of(this.shopper.id(), RatingBonus.of(5.0, 4)));
		assertThat(rated.matrix(List.of(remote), List.of(this.shopper)).score(0, 0))
			.isEqualTo(Double.NEGATIVE_INFINITY);
	}

	private ScoreBreakdown scored(double averageStars, int ratings) {
		MatchScorer rated = new MatchScorer(MatchWeights.DEFAULT, Cities.bundled(), null,
				Map.of(this.shopper.id(), RatingBonus.of(averageStars, ratings)));
		return rated.explain(this.client, this.shopper).orElseThrow();
	}

	private double matrixScore(MatchScorer scorer) {
		ScoreMatrix matrix = scorer.matrix(List.of(this.client), List.of(this.shopper));
		return matrix.score(0, 0);
	}

}
