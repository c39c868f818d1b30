package crmcopilot.campaigns.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.internal.segmentation.KMeans;
import crmcopilot.shared.InvalidInputException;

/**
 * Step 4's outcome, whichever the method: the segment of each customer and, for RFM, the
 * name of each segment's group, which leads its persona's name.
 *
 * @param groups the RFM group of each segment, or null for k-means
 */
record Segments(int[] labels, int k, long seed, int restarts, double inertia, int iterations,
		@Nullable List<String> groups) {

	static Segments kMeans(PreparedCustomers customers, CampaignPipeline.Input input) {
		if (customers.size() < input.k()) {
			throw new InvalidInputException("k", "campaigns.error.too-few-customers",
					new Object[] { input.k(), customers.size() }, "k = %d needs at least %d customers, there are %d"
						.formatted(input.k(), input.k(), customers.size()));
		}
		KMeans.Result result = KMeans.fit(customers.clustering(),
				new KMeans.Options(input.k(), input.nInit(), input.seed(), 300, 1e-4, null, 2));
		return new Segments(result.labels(), input.k(), result.seed(), result.restarts(), result.inertia(),
				result.iterations(), null);
	}

	static Segments rfm(PreparedCustomers customers, String language) {
		RfmSegmentation.Result result = RfmSegmentation.segment(customers);
		return new Segments(result.labels(), result.groups().size(), 0, 0, 0, 0,
				result.groups().stream().map((group) -> group.label(language)).toList());
	}

	/** The persona's prose, its name led by its RFM group. */
	CampaignPipeline.Described named(int segment, CampaignPipeline.Described described) {
		if (this.groups == null) {
			return described;
		}
		PersonaText text = described.text();
		return new CampaignPipeline.Described(
				new PersonaText(this.groups.get(segment) + " · " + text.name(), text.summary(), text.description()),
				described.engine());
	}

}
