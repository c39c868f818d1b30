package crmcopilot.campaigns.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The statistics table of one segment, what personas are written from.
 *
 * @param share size over all customers, 0..1
 * @param numeric one line per numeric feature
 * @param categorical one line per value of each categorical feature
 * @param traits the 3 to 5 most distinctive lines, strongest first
 */
public record SegmentProfile(int segment, int size, double share, List<NumericStat> numeric,
		List<CategoryStat> categorical, List<Trait> traits) {

	public Optional<NumericStat> numeric(String feature) {
		return this.numeric.stream().filter((s) -> s.feature().equals(feature)).findFirst();
	}

	public List<CategoryStat> categories(String feature) {
		return this.categorical.stream().filter((s) -> s.feature().equals(feature)).toList();
	}

	/** The most frequent value of a categorical feature in the segment. */
	public Optional<CategoryStat> mode(String feature) {
		return categories(feature).stream().max(java.util.Comparator.comparingDouble(CategoryStat::share));
	}

	/**
	 * @param z (segment mean - population mean) / population standard deviation
	 */
	public record NumericStat(String feature, double mean, double populationMean, double populationStd, double z) {
	}

	/**
	 * @param index 100 * share / population share
	 * @param z standardised gap of the shares, comparable with a numeric z
	 */
	public record CategoryStat(String feature, String value, int count, double share, double populationShare,
			double index, double z) {
	}

	/**
	 * A distinctive feature.
	 *
	 * @param value the category, or null for a numeric feature
	 * @param z signed strength
	 */
	public record Trait(String feature, @Nullable String value, double z) {
	}

}
