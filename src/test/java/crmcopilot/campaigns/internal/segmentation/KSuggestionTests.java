package crmcopilot.campaigns.internal.segmentation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KSuggestionTests {

	@Test
	void should_suggest_the_number_of_well_separated_groups() {
		FeatureMatrix data = KMeansTests.blobs(1_500, 2, 3, 21);
		KSuggestion suggestion = KSuggestion.of(data, 2, 10, 3, 0);
		assertThat(suggestion.ks()).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(suggestion.silhouetteK()).isEqualTo(3);
		assertThat(suggestion.suggestedK()).isEqualTo(3);
		assertThat(suggestion.sampleRows()).isEqualTo(1_500);
		for (int i = 1; i < suggestion.inertias().length; i++) {
			assertThat(suggestion.inertias()[i]).isLessThanOrEqualTo(suggestion.inertias()[i - 1] * 1.0001);
		}
	}

	@Test
	void should_sample_big_data_for_the_silhouette() {
		FeatureMatrix data = KMeansTests.blobs(5_000, 2, 4, 3);
		KSuggestion suggestion = KSuggestion.of(data, 2, 4, 1, 0);
		assertThat(suggestion.sampleRows()).isEqualTo(KSuggestion.SILHOUETTE_SAMPLE);
	}

	@Test
	void should_compute_the_silhouette_of_a_known_configuration() {
		// two pairs: points 0,1 at distance 1; pairs 10 apart
		FeatureMatrix data = KMeansTests.matrix(1, 0, 1, 10, 11);
		double s = KSuggestion.silhouette(data, new int[] { 0, 0, 1, 1 }, 2);
		// a = 1; b = mean(10, 11) = 10.5 for point 0, mean(9, 10) = 9.5 for point 1
		double expected = ((10.5 - 1) / 10.5 + (9.5 - 1) / 9.5) / 2;
		assertThat(s).isCloseTo(expected, within(1e-12));
	}

	@Test
	void should_find_the_elbow_of_a_bent_curve() {
		assertThat(KSuggestion.elbow(new int[] { 2, 3, 4, 5, 6 }, new double[] { 100, 40, 30, 25, 22 })).isEqualTo(3);
	}

}
