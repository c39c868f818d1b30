package crmcopilot.learning.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import crmcopilot.learning.internal.CsvRows;
import crmcopilot.learning.model.FederatedEvaluation;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./copilot eval federated}: centralised vs local-only vs FedAvg on one CSV. */
@Component("cli.eval.federated")
@Command(name = "federated", mixinStandardHelpOptions = true,
		description = "Compares centralised, local-only and federated logistic regression, one merchant per partition value.")
class EvalFederatedCommand implements Callable<Integer> {

	@Option(names = "--input", required = true, description = "CSV file with a header")
	Path input;

	@Option(names = "--label", required = true, description = "label column")
	String label;

	@Option(names = "--positive", defaultValue = "",
			description = "label value counted as positive (default 1/true/yes)")
	String positive;

	@Option(names = "--partition-by", required = true, description = "column whose values are the merchants")
	String partitionBy;

	@Option(names = "--drop", split = ",", description = "columns to ignore")
	List<String> drop = new ArrayList<>();

	@Option(names = "--categorical", split = ",", description = "integer-coded columns to one-hot encode")
	List<String> categorical = new ArrayList<>();

	@Option(names = "--rounds", defaultValue = "20")
	int rounds;

	@Option(names = "--test-fraction", defaultValue = "0.25")
	double testFraction;

	@Option(names = "--seed", defaultValue = "0")
	long seed;

	@Option(names = "--secure-aggregation", description = "also run every FedAvg round under secure aggregation "
			+ "(the server learns only the sum of masked updates) and compare the AUC and the time")
	boolean secureAggregation;

	@Override
	public Integer call() {
		if (this.rounds < 1) {
			throw new IllegalArgumentException("--rounds must be at least 1");
		}
		if (!(this.testFraction > 0 && this.testFraction < 1)) {
			throw new IllegalArgumentException("--test-fraction must be between 0 and 1");
		}
		CsvRows csv = CsvRows.read(this.input, LearningCli.LOCAL_FILES);
		csv.requireColumn(this.label, "--label");
		csv.requireColumn(this.partitionBy, "--partition-by");
		for (String column : this.drop) {
			csv.requireColumn(column, "--drop");
		}
		for (String column : this.categorical) {
			csv.requireColumn(column, "--categorical");
		}
		List<String> features = new ArrayList<>();
		List<String> categoricalColumns = new ArrayList<>();
		for (String column : csv.header()) {
			if (column.equals(this.label) || column.equals(this.partitionBy) || this.drop.contains(column)) {
				continue;
			}
			features.add(column);
			if (this.categorical.contains(column) || !csv.isNumeric(column)) {
				categoricalColumns.add(column);
			}
		}
		if (features.isEmpty()) {
			throw new IllegalArgumentException("no feature column left");
		}
		FederatedEvaluation.Request request = new FederatedEvaluation.Request(csv.rows(), this.label, this.positive,
				this.partitionBy, features, categoricalColumns, this.rounds, this.testFraction, this.seed, false);
		long start = System.nanoTime();
		FederatedEvaluation.Report report = FederatedEvaluation.run(request);
		long plainNanos = System.nanoTime() - start;
		for (FederatedEvaluation.MerchantResult merchant : report.merchants()) {
			System.out.println(String.format(Locale.ROOT,
					"merchant=%s train=%d test=%d local_l2=%s local_auc=%.4f federated_auc=%.4f personalized_auc=%.4f global_weight=%.1f chosen=%s improved=%s",
					merchant.merchant(), merchant.trainRows(), merchant.testRows(), merchant.localL2(),
					merchant.localAuc(), merchant.federatedAuc(), merchant.personalizedAuc(), merchant.alpha(),
					merchant.chosen(), merchant.improved()));
		}
		System.out.println(String.format(Locale.ROOT,
				"centralized_auc=%.4f local_mean_auc=%.4f fedavg_auc=%.4f merchants_improved=%d/%d",
				report.centralizedAuc(), report.localMeanAuc(), report.fedavgAuc(), report.improvedCount(),
				report.merchants().size()));
		if (this.secureAggregation) {
			start = System.nanoTime();
			FederatedEvaluation.Report secure = FederatedEvaluation.run(request.withSecureAggregation());
			long secureNanos = System.nanoTime() - start;
			System.out.println(String.format(Locale.ROOT,
					"secure_aggregation: fedavg_auc=%.6f plain_fedavg_auc=%.6f auc_difference=%.2e "
							+ "merchants_improved=%d/%d time_ms=%.0f plain_time_ms=%.0f extra_ms=%.0f",
					secure.fedavgAuc(), report.fedavgAuc(), Math.abs(secure.fedavgAuc() - report.fedavgAuc()),
					secure.improvedCount(), secure.merchants().size(), secureNanos / 1e6, plainNanos / 1e6,
					(secureNanos - plainNanos) / 1e6));
		}
		return 0;
	}

}
