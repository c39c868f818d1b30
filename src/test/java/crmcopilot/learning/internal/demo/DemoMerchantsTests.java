package crmcopilot.learning.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.learning.internal.CsvRows;
import crmcopilot.learning.internal.MerchantData;
import crmcopilot.learning.internal.training.ModelTraining;
import crmcopilot.learning.model.FederatedAveraging;
import crmcopilot.learning.model.LogisticRegression;
import crmcopilot.learning.model.ModelMetrics;
import crmcopilot.learning.model.Personalization;
import crmcopilot.shared.CsvLimits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoMerchantsTests {

	@Test
	void should_let_small_merchants_gain_from_the_federation_and_large_distinct_ones_keep_their_local_model() {
		// given the twelve demo merchants split as the platform splits them
		List<FederatedAveraging.Participant> merchants = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			CsvRows rows = CsvRows.read(DemoMerchants.csv(i), "csv", CsvLimits.DEFAULT);
			MerchantData data = MerchantData.of(new UUID(7_000 + i, 31 * i), rows.rows(), "purchased", Optional.empty(),
					Optional.empty());
			merchants.add(new FederatedAveraging.Participant(String.valueOf(i), data.train(), data.heldOut()));
		}
		int d = merchants.get(0).train().cols();

		// when the federation runs as the demo runs it
		double[] global = FederatedAveraging
			.run(LogisticRegression.zeros(d), merchants,
					new FederatedAveraging.Options(20, ModelTraining.TRAINING.withEpochs(1),
							FederatedAveraging.Method.FEDERATED_AVERAGING, 0.1, 100_000, null, 0))
			.global();

		// then on their own held-out rows
		for (int i = 1; i <= 12; i++) {
			FederatedAveraging.Participant merchant = merchants.get(i - 1);
			double local = auc(
					LogisticRegression.train(merchant.train(), LogisticRegression.zeros(d), ModelTraining.TRAINING),
					merchant);
			double federated = auc(global, merchant);
			double personalized = auc(Personalization.MEDIUM.fineTune(global, merchant.train(), ModelTraining.TRAINING),
					merchant);
			if (DemoMerchants.DISTINCT.contains(i)) {
				assertThat(local).as("merchant %d keeps its local model", i).isGreaterThan(federated);
				assertThat(local).as("merchant %d keeps its local model", i).isGreaterThan(personalized);
				assertThat(DemoMerchants.SIZES[i - 1]).isGreaterThanOrEqualTo(2000);
			}
			if (i == 2 || i == 5) {
				assertThat(federated).as("small merchant %d gains from the global model", i).isGreaterThan(local);
				assertThat(personalized).as("small merchant %d gains from personalisation", i).isGreaterThan(local);
				assertThat(DemoMerchants.SIZES[i - 1]).isLessThan(500);
			}
		}
	}

	private static double auc(double[] weights, FederatedAveraging.Participant merchant) {
		return ModelMetrics.evaluate(weights, merchant.heldOut()).auc();
	}

}
