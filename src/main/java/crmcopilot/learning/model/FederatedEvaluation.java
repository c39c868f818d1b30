package crmcopilot.learning.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline comparison behind {@code ./copilot eval federated}: each partition is a
 * merchant; a centralised model (all training rows pooled), local-only models, FedAvg,
 * and per-merchant personalisation are scored on the same stratified held-out rows.
 */
public final class FederatedEvaluation {

	/**
	 * @param rows every row, as column → value
	 * @param features columns used as features (not the label, not the partition)
	 * @param categorical columns one-hot encoded
	 */
	public record Request(List<Map<String, String>> rows, String label, String positiveValue, String partitionBy,
			List<String> features, List<String> categorical, int rounds, double testFraction, long seed,
			boolean secureAggregation) {

		public Request(List<Map<String, String>> rows, String label, String positiveValue, String partitionBy,
				List<String> features, List<String> categorical, int rounds, double testFraction, long seed) {
			this(rows, label, positiveValue, partitionBy, features, categorical, rounds, testFraction, seed, false);
		}

		/** The same comparison with every FedAvg round under secure aggregation. */
		public Request withSecureAggregation() {
			return new Request(this.rows, this.label, this.positiveValue, this.partitionBy, this.features,
					this.categorical, this.rounds, this.testFraction, this.seed, true);
		}

	}

	public record MerchantResult(String merchant, int trainRows, int testRows, double localAuc, double federatedAuc,
			double personalizedAuc, String chosen, double alpha, double localL2, double chosenAuc) {

		public boolean improved() {
			return this.chosenAuc > this.localAuc;
		}

	}

	public record Report(List<MerchantResult> merchants, double centralizedAuc, double localMeanAuc, double fedavgAuc,
			List<FederatedAveraging.RoundReport> rounds) {

		public long improvedCount() {
			return this.merchants.stream().filter(MerchantResult::improved).count();
		}

	}

	/** Local SGD settings shared by every model of the comparison. */
	public static final TrainOptions TRAINING = new TrainOptions(20, 32, 0.05, 1e-3, 0, 0.05, 0);

	private static final double SKEW_THRESHOLD = 1.0;

	private FederatedEvaluation() {
	}

	public static Report run(Request request) {
		Map<String, List<Map<String, String>>> byMerchant = new LinkedHashMap<>();
		for (Map<String, String> row : request.rows()) {
			String merchant = row.getOrDefault(request.partitionBy(), "");
			byMerchant.computeIfAbsent(merchant, (key) -> new ArrayList<>()).add(row);
		}
		List<String> numeric = request.features()
			.stream()
			.filter((name) -> !request.categorical().contains(name))
			.toList();
		List<String> categorical = request.features()
			.stream()
			.filter((name) -> request.categorical().contains(name))
			.toList();
		// split each merchant's raw rows first, so statistics come from training rows
		// only
		Map<String, List<Map<String, String>>> trainRows = new LinkedHashMap<>();
		Map<String, List<Map<String, String>>> testRows = new LinkedHashMap<>();
		FeatureStatistics statistics = new FeatureStatistics(numeric, categorical);
		for (Map.Entry<String, List<Map<String, String>>> entry : new java.util.TreeMap<>(byMerchant).entrySet()) {
			List<Map<String, String>> rows = entry.getValue();
			double[] labels = rows.stream()
				.mapToDouble(
						(row) -> FeatureSchema.isPositive(row.get(request.label()), request.positiveValue()) ? 1 : 0)
				.toArray();
			Dataset indexOnly = new Dataset(new double[0], labels, rows.size(), 0);
			int[][] parts = stratifiedIndices(indexOnly, request.testFraction(), request.seed());
			List<Map<String, String>> train = pick(rows, parts[0]);
			List<Map<String, String>> test = pick(rows, parts[1]);
			trainRows.put(entry.getKey(), train);
			testRows.put(entry.getKey(), test);
			FeatureStatistics local = new FeatureStatistics(numeric, categorical);
			train.forEach(local::add);
			statistics.merge(local);
		}
		FeatureSchema schema = statistics.toSchema(SKEW_THRESHOLD);
		List<FederatedAveraging.Participant> participants = new ArrayList<>();
		for (String merchant : trainRows.keySet()) {
			participants.add(new FederatedAveraging.Participant(merchant,
					schema.encode(trainRows.get(merchant), request.label(), request.positiveValue()),
					schema.encode(testRows.get(merchant), request.label(), request.positiveValue())));
		}
		int d = schema.dimension();
		TrainOptions training = TRAINING.withSeed(request.seed());
		Dataset allTrain = Dataset.concat(participants.stream().map(FederatedAveraging.Participant::train).toList());
		Dataset allTest = Dataset.concat(participants.stream().map(FederatedAveraging.Participant::heldOut).toList());
		double[] centralized = LogisticRegression.train(allTrain, LogisticRegression.zeros(d), training);
		double centralizedAuc = ModelMetrics.evaluate(centralized, allTest).auc();

		FederatedAveraging.Options options = new FederatedAveraging.Options(request.rounds(), training.withEpochs(1),
				FederatedAveraging.Method.FEDERATED_AVERAGING, 0, Long.MAX_VALUE, null, request.seed(),
				request.secureAggregation());
		FederatedAveraging.Result federated = FederatedAveraging.run(LogisticRegression.zeros(d), participants,
				options);
		double fedavgAuc = ModelMetrics.evaluate(federated.global(), allTest).auc();

		// for the validation of the mixing weight: one federation per fold index k, in
		// which every merchant leaves its fold k out, so no global model has seen the
		// rows it is validated on
		List<double[]> foldGlobals = new ArrayList<>();
		for (int k = 0; k < PersonalizedChoice.FOLDS; k++) {
			int fold = k;
			List<FederatedAveraging.Participant> reduced = participants.stream()
				.map((participant) -> new FederatedAveraging.Participant(participant.id(),
						participant.train()
							.subset(PersonalizedChoice
								.complement(PersonalizedMix.foldsOf(participant.train(), request.seed()), fold)),
						participant.heldOut()))
				.toList();
			foldGlobals.add(FederatedAveraging.run(LogisticRegression.zeros(d), reduced, options).global());
		}
		List<MerchantResult> results = new ArrayList<>();
		for (FederatedAveraging.Participant participant : participants) {
			PersonalizedMix mix = PersonalizedMix.choose(federated.global(), foldGlobals::get, participant.train(),
					training, request.seed());
			double localAuc = ModelMetrics.evaluate(mix.local(), participant.heldOut()).auc();
			double federatedAuc = ModelMetrics.evaluate(federated.global(), participant.heldOut()).auc();
			double personalizedAuc = ModelMetrics.evaluate(mix.personalized(), participant.heldOut()).auc();
			String chosen = (mix.alpha() >= 1) ? "federated" : (mix.alpha() <= 0) ? "local" : "personalized";
			results.add(new MerchantResult(participant.id(), participant.train().rows(), participant.heldOut().rows(),
					localAuc, federatedAuc, personalizedAuc, chosen, mix.alpha(), mix.localL2(), personalizedAuc));
		}
		double localMean = results.stream().mapToDouble(MerchantResult::localAuc).average().orElse(0.5);
		return new Report(results, centralizedAuc, localMean, fedavgAuc, federated.rounds());
	}

	private static int[][] stratifiedIndices(Dataset labelsOnly, double testFraction, long seed) {
		java.util.Random random = new java.util.Random(seed);
		List<Integer> positives = new ArrayList<>();
		List<Integer> negatives = new ArrayList<>();
		for (int i = 0; i < labelsOnly.rows(); i++) {
			((labelsOnly.y()[i] > 0.5) ? positives : negatives).add(i);
		}
		java.util.Collections.shuffle(positives, random);
		java.util.Collections.shuffle(negatives, random);
		List<Integer> train = new ArrayList<>();
		List<Integer> test = new ArrayList<>();
		for (List<Integer> group : List.of(positives, negatives)) {
			int testCount = (int) Math.round(group.size() * testFraction);
			test.addAll(group.subList(0, testCount));
			train.addAll(group.subList(testCount, group.size()));
		}
		return new int[][] { train.stream().mapToInt(Integer::intValue).sorted().toArray(),
				test.stream().mapToInt(Integer::intValue).sorted().toArray() };
	}

	private static List<Map<String, String>> pick(List<Map<String, String>> rows, int[] indices) {
		List<Map<String, String>> picked = new ArrayList<>(indices.length);
		for (int index : indices) {
			picked.add(rows.get(index));
		}
		return picked;
	}

}
