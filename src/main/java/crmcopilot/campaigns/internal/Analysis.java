package crmcopilot.campaigns.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.internal.segmentation.KSuggestion;

/**
 * Steps 3 to 6 computed: what was prepared, the segmentation, the charts and the
 * personas. Stored with the campaign run, the per-customer ids and labels apart
 * ({@link #assignments()}).
 *
 * @param features the clustering features
 * @param imputations missing values replaced
 * @param derived features computed rather than read
 * @param unmatched customers without an enrichment row
 * @param inertia of the kept clustering
 * @param suggestion the suggested k, or null when not asked
 * @param ids customer ids, in the order of {@code labels}
 * @param labels segment of each customer
 * @param incomePercentiles per segment, the percentile of its mean income among all
 * customers (NaN without income)
 * @param recommended the persona (0-based) that serves the brief best, proposed to the
 * human who chooses; null without a brief
 */
public record Analysis(int rows, long sourceRows, boolean sampled, List<String> features,
		List<PreparedCustomers.Imputation> imputations, List<String> derived, int unmatched, int k, long seed,
		int restarts, double inertia, int iterations, @Nullable KSuggestion suggestion, List<SegmentProfile> profiles,
		Visualisations charts, List<Persona> personas, List<String> ids, int[] labels, double[] incomePercentiles,
		long millis, @Nullable Integer recommended) {

	/** The segment of each customer. */
	public Assignments assignments() {
		return new Assignments(this.ids, this.labels);
	}

	/** The same analysis without the per-customer ids and labels (what pages show). */
	Analysis withoutAssignments() {
		return new Analysis(this.rows, this.sourceRows, this.sampled, this.features, this.imputations, this.derived,
				this.unmatched, this.k, this.seed, this.restarts, this.inertia, this.iterations, this.suggestion,
				this.profiles, this.charts, this.personas, List.of(), new int[0], this.incomePercentiles, this.millis,
				this.recommended);
	}

	/**
	 * @param ids customer ids, in the order of {@code labels}
	 * @param labels segment of each customer
	 */
	public record Assignments(List<String> ids, int[] labels) {
	}

}
