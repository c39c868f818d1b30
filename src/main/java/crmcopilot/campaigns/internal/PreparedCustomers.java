package crmcopilot.campaigns.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import crmcopilot.campaigns.internal.segmentation.FeatureMatrix;
import crmcopilot.campaigns.internal.segmentation.StandardScaler;

/**
 * Step 3's output: one row per customer with numeric and categorical features after the
 * join, derivations and imputation, and the matrix the clustering runs on (numeric
 * features z-scored with the population standard deviation, categories one-hot).
 *
 * @param numeric feature key to values, one per customer
 * @param categorical feature key to values, one per customer
 * @param clustering the clustering space
 * @param scaler the z-scoring of the numeric columns of {@code clustering}
 * @param unmatched customers without a row in the enrichment table
 */
public record PreparedCustomers(List<String> ids, Map<String, double[]> numeric, Map<String, String[]> categorical,
		List<Imputation> imputations, FeatureMatrix clustering, StandardScaler scaler, LocalDate referenceDate,
		int unmatched, List<String> derived) {

	public int size() {
		return this.ids.size();
	}

	/**
	 * Missing values replaced.
	 *
	 * @param value the median (numeric) or the most frequent value (categorical)
	 */
	public record Imputation(String feature, int missing, String value) {
	}

}
