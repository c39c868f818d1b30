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
		FederatedEvaluation.Report report = FederatedEvaluation
			.run(new FederatedEvaluation.Request(csv.rows(), this.label, this.positive, this.partitionBy, features,
					categoricalColumns, this.rounds, this.testFraction, this.seed));
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
		return 0;
	}

}
