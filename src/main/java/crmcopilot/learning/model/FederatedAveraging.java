package crmcopilot.learning.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import crmcopilot.learning.model.secure.SecureAggregation;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Runs federated rounds: each participant trains the current global model on its own
 * examples and hands back only its parameters and example count; the server merges them
 * and every participant evaluates the new global model on its own held-out part,
 * reporting only the metrics. One call runs many rounds, since FedAvg needs tens of them.
 */
public final class FederatedAveraging {

	/** How updates are merged. */
	public enum Method {

		/** Mean weighted by (capped) example count. */
		FEDERATED_AVERAGING,
		/** Coordinate-wise median, unweighted. */
		COORDINATE_MEDIAN,
		/** Coordinate-wise trimmed mean, unweighted. */
		TRIMMED_MEAN;

		@JsonValue
		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		/**
		 * The method named {@code key}.
		 * @throws IllegalArgumentException for any other name
		 */
		public static Method of(String key) {
			for (Method method : values()) {
				if (method.key().equals(key)) {
					return method;
				}
			}
			throw new IllegalArgumentException("method must be federated_averaging, coordinate_median or trimmed_mean");
		}

	}

	/**
	 * Differential privacy of the participants' contributions (participant-level
	 * DP-FedAvg): each update's change is clipped to {@code clipNorm}, the changes are
	 * averaged without weights, and Gaussian noise of standard deviation
	 * {@code noiseMultiplier · clipNorm / participants} is added.
	 */
	public record Privacy(double clipNorm, double noiseMultiplier, double delta) {

		public Privacy {
			if (!(clipNorm > 0) || !(noiseMultiplier > 0) || !(delta > 0) || delta >= 1) {
				throw new IllegalArgumentException("invalid privacy settings");
			}
		}

	}

	/**
	 * @param localTraining per-round local training (FedProx when its proximal term is
	 * set)
	 * @param maxClaimedExamples cap on the example count a participant may claim
	 * @param trimFraction for {@link Method#TRIMMED_MEAN}
	 * @param secureAggregation whether the server learns only the sum of the updates
	 * ({@link SecureAggregation}); FedAvg only
	 */
	public record Options(int rounds, TrainOptions localTraining, Method method, double trimFraction,
			long maxClaimedExamples, @Nullable Privacy privacy, long seed, boolean secureAggregation) {

		public Options {
			if (rounds < 1) {
				throw new IllegalArgumentException("rounds must be at least 1");
			}
			if (secureAggregation && (method != Method.FEDERATED_AVERAGING || privacy != null)) {
				throw new IllegalArgumentException(
						"secure aggregation reveals only a sum: it works with federated averaging without per-update clipping");
			}
		}

		public Options(int rounds, TrainOptions localTraining, Method method, double trimFraction,
				long maxClaimedExamples, @Nullable Privacy privacy, long seed) {
			this(rounds, localTraining, method, trimFraction, maxClaimedExamples, privacy, seed, false);
		}

		public Options withSecureAggregation(boolean secure) {
			return new Options(this.rounds, this.localTraining, this.method, this.trimFraction, this.maxClaimedExamples,
					this.privacy, this.seed, secure);
		}

	}

	/** A participant's own examples; in production this stays on its side. */
	public record Participant(String id, Dataset train, Dataset heldOut) {
	}

	/**
	 * The server-side evaluation of one round: example-weighted means of reported
	 * metrics.
	 */
	public record RoundReport(int round, int contributors, long examples, double auc, double accuracy, double logLoss) {
	}

	public record Result(double[] global, List<RoundReport> rounds, @Nullable Double epsilon) {
	}

	private FederatedAveraging() {
	}

	public static Result run(double[] start, List<Participant> participants, Options options) {
		if (participants.isEmpty()) {
			throw new IllegalArgumentException("no participants");
		}
		double[] global = start.clone();
		List<RoundReport> reports = new ArrayList<>();
		Random noise = new Random(options.seed() ^ 0x5DEECE66DL);
		for (int round = 1; round <= options.rounds(); round++) {
			List<ModelUpdate> updates = new ArrayList<>();
			for (int i = 0; i < participants.size(); i++) {
				Participant participant = participants.get(i);
				TrainOptions local = options.localTraining().withSeed(options.seed() * 7919 + round * 104_729L + i);
				double[] trained = LogisticRegression.train(participant.train(), global, local);
				updates
					.add(new ModelUpdate(trained, Math.min(participant.train().rows(), options.maxClaimedExamples())));
			}
			global = aggregate(global, updates, options, noise);
			reports.add(evaluate(round, global, participants));
		}
		Double epsilon = null;
		if (options.privacy() != null) {
			epsilon = RdpAccountant.epsilon(1.0, options.privacy().noiseMultiplier(), options.rounds(),
					options.privacy().delta());
		}
		return new Result(global, reports, epsilon);
	}

	/** Merges one round of updates into the next global parameters. */
	public static double[] aggregate(double[] global, List<ModelUpdate> updates, Options options, Random noise) {
		List<ModelUpdate> capped = updates.stream()
			.map((update) -> new ModelUpdate(update.weights(),
					Math.min(update.examples(), options.maxClaimedExamples())))
			.toList();
		if (options.privacy() != null) {
			Privacy privacy = options.privacy();
			double[] sum = new double[global.length];
			for (ModelUpdate update : capped) {
				double[] delta = new double[global.length];
				for (int j = 0; j < delta.length; j++) {
					delta[j] = update.weights()[j] - global[j];
				}
				double[] clipped = Aggregation.clip(delta, privacy.clipNorm());
				for (int j = 0; j < sum.length; j++) {
					sum[j] += clipped[j];
				}
			}
			int m = capped.size();
			double[] mean = new double[sum.length];
			for (int j = 0; j < sum.length; j++) {
				mean[j] = sum[j] / m;
			}
			double[] noisy = Aggregation.gaussianNoise(mean, privacy.noiseMultiplier() * privacy.clipNorm() / m, noise);
			double[] next = global.clone();
			for (int j = 0; j < next.length; j++) {
				next[j] += noisy[j];
			}
			return next;
		}
		return switch (options.method()) {
			case FEDERATED_AVERAGING ->
				options.secureAggregation() ? SecureAggregation.fedAvg(capped) : Aggregation.fedAvg(capped);
			case COORDINATE_MEDIAN -> Aggregation.coordinateMedian(capped);
			case TRIMMED_MEAN -> Aggregation.trimmedMean(capped, options.trimFraction());
		};
	}

	static RoundReport evaluate(int round, double[] global, List<Participant> participants) {
		double auc = 0;
		double accuracy = 0;
		double logLoss = 0;
		long examples = 0;
		for (Participant participant : participants) {
			ModelMetrics metrics = ModelMetrics.evaluate(global, participant.heldOut());
			auc += metrics.auc() * metrics.examples();
			accuracy += metrics.accuracy() * metrics.examples();
			logLoss += metrics.logLoss() * metrics.examples();
			examples += metrics.examples();
		}
		long n = Math.max(1, examples);
		return new RoundReport(round, participants.size(), examples, auc / n, accuracy / n, logLoss / n);
	}

}
