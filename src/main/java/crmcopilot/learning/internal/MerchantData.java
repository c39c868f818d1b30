package crmcopilot.learning.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.learning.model.Dataset;
import crmcopilot.learning.model.FeatureSchema;
import crmcopilot.learning.model.SessionSchema;

/**
 * A merchant's rows, read inside its own scope, optionally enriched with external
 * features, encoded with the shared schema and split (deterministically) into training
 * and held-out parts.
 */
public record MerchantData(List<Map<String, String>> rows, String label, Dataset train, Dataset heldOut,
		List<UUID> externalUsed) {

	private static final double HELD_OUT_FRACTION = 0.25;

	/**
	 * @param seasonality monthly index (month 1–12 → value) when the external source is
	 * on
	 * @param competitorDiscount average crawled discount when the external source is on
	 */
	public static MerchantData of(UUID merchantId, List<Map<String, String>> rows, String label,
			Optional<ExternalData> seasonality, Optional<ExternalData> competitorDiscount) {
		List<UUID> used = new ArrayList<>();
		List<Map<String, String>> enriched = rows;
		if (seasonality.isPresent() || competitorDiscount.isPresent()) {
			Map<String, Object> months = seasonality.map((data) -> data.dataSummary().get("monthly"))
				.filter(Map.class::isInstance)
				.map((value) -> castMap(value))
				.orElse(Map.of());
			Object discount = competitorDiscount.map((data) -> data.dataSummary().get("avgDiscount")).orElse(null);
			seasonality.ifPresent((data) -> used.add(data.id()));
			competitorDiscount.ifPresent((data) -> used.add(data.id()));
			enriched = new ArrayList<>(rows.size());
			for (Map<String, String> row : rows) {
				Map<String, String> copy = new LinkedHashMap<>(row);
				Object index = months.get(String.valueOf(row.getOrDefault("month", "")).trim());
				if (index != null) {
					copy.put(SessionSchema.SEASONALITY, String.valueOf(index));
				}
				if (discount != null) {
					copy.put(SessionSchema.COMPETITOR_DISCOUNT, String.valueOf(discount));
				}
				enriched.add(copy);
			}
		}
		FeatureSchema schema = SessionSchema.standard();
		Dataset all = schema.encode(enriched, label, "");
		Dataset.Split split = all.split(HELD_OUT_FRACTION, merchantId.getLeastSignificantBits());
		return new MerchantData(enriched, label, split.train(), split.test(), used);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Object value) {
		return (Map<String, Object>) value;
	}

	public Map<String, Object> summary(String datasetName, List<String> sources) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("dataset", datasetName);
		summary.put("label", this.label);
		summary.put("rows", this.rows.size());
		summary.put("trainRows", this.train.rows());
		summary.put("heldOutRows", this.heldOut.rows());
		summary.put("positives", this.train.positives() + this.heldOut.positives());
		summary.put("features", SessionSchema.standard().dimension());
		summary.put("sources", sources);
		return summary;
	}

}
