package crmcopilot.learning.internal.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import crmcopilot.learning.internal.DataSource;
import crmcopilot.learning.internal.GlobalModelStore;
import crmcopilot.learning.internal.MerchantConfig;
import crmcopilot.learning.internal.MerchantConfigStore;
import crmcopilot.learning.internal.ModelType;
import crmcopilot.learning.internal.RunMetrics;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.TrainingRunStore;
import crmcopilot.learning.model.Dataset;
import crmcopilot.learning.model.ModelMetrics;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The merchant's latest local model, the global model, its latest personalised model and
 * the model serving it, all scored on the same held-out rows of its current dataset: what
 * the federation brings to this merchant.
 */
@Service
public class ModelComparison {

	/**
	 * AUCs on the same rows; null where the merchant has no such model.
	 *
	 * @param rows held-out rows scored
	 */
	public record Scores(int rows, @Nullable Double local, @Nullable Double global, @Nullable Double personalized,
			@Nullable Double deployed) {
	}

	/**
	 * One federated merchant's scores and the type of the model serving it (null when
	 * none serves).
	 */
	public record MerchantScores(UUID merchantId, String name, Scores scores, @Nullable ModelType serving) {

		/**
		 * The federated score the reason quotes: the serving model's, or the best of the
		 * global and personalised ones when the local model serves.
		 */
		public @Nullable Double reasonScore() {
			return switch (servingColumn()) {
				case "global" -> this.scores.global();
				case "personalized" -> this.scores.personalized();
				default -> bestFederated();
			};
		}

		private @Nullable Double bestFederated() {
			return Stream.of(this.scores.global(), this.scores.personalized())
				.filter(Objects::nonNull)
				.max(Double::compare)
				.orElse(null);
		}

		/** The column of the serving model: local, global or personalized; "" if none. */
		public String servingColumn() {
			if (this.serving == null) {
				return "";
			}
			return switch (this.serving) {
				case FEDERATED -> "global";
				case PERSONALIZED -> "personalized";
				default -> "local";
			};
		}

		/**
		 * Why this model serves, as a message key of the monitor: the gate kept the local
		 * model, a federated model beat it, or a better one waits to be deployed.
		 */
		public String reason() {
			Double local = this.scores.local();
			Double best = bestFederated();
			if (this.serving == null) {
				return "learning.why.none";
			}
			if (this.serving != ModelType.LOCAL) {
				return "learning.why." + this.serving.name().toLowerCase(java.util.Locale.ROOT);
			}
			return (best != null && local != null && best > local) ? "learning.why.betterWaiting"
					: "learning.why.localKept";
		}

	}

	private final HeldOutScores scores;

	private final TrainingRunStore runs;

	private final GlobalModelStore globals;

	private final MerchantConfigStore configs;

	private final Workspaces workspaces;

	ModelComparison(HeldOutScores scores, TrainingRunStore runs, GlobalModelStore globals, MerchantConfigStore configs,
			Workspaces workspaces) {
		this.scores = scores;
		this.runs = runs;
		this.globals = globals;
		this.configs = configs;
		this.workspaces = workspaces;
	}

	/**
	 * For the platform's operators: every merchant of the federation with its local,
	 * global and personalised models scored on its own held-out rows, and what serves it.
	 */
	public List<MerchantScores> federation() {
		List<MerchantScores> merchants = new ArrayList<>();
		for (MerchantConfig config : this.configs.all()) {
			if (!config.uses(DataSource.FEDERATED)) {
				continue;
			}
			UUID merchant = config.merchantId();
			scores(merchant).ifPresent((scores) -> merchants.add(new MerchantScores(merchant,
					this.workspaces.find(merchant).map(Workspace::name).orElse(merchant.toString()), scores,
					this.runs.deployed(merchant).map(TrainingRun::modelType).orElse(null))));
		}
		merchants.sort(Comparator.comparing(MerchantScores::name));
		return merchants;
	}

	/** Empty when the merchant has no dataset to score on. */
	public Optional<Scores> scores(UUID workspaceId) {
		Optional<Dataset> found = this.scores.heldOut(workspaceId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Dataset heldOut = found.get();
		List<TrainingRun> runs = this.runs.runs(workspaceId, 100);
		Double global = this.globals.latest()
			.map((model) -> RunMetrics
				.round(ModelMetrics.evaluate(this.globals.weights(model).weights(), heldOut).auc()))
			.orElse(null);
		return Optional.of(new Scores(heldOut.rows(), latest(workspaceId, runs, ModelType.LOCAL, heldOut), global,
				latest(workspaceId, runs, ModelType.PERSONALIZED, heldOut),
				runs.stream()
					.filter(TrainingRun::deployed)
					.findFirst()
					.map((run) -> this.scores.auc(workspaceId, run, heldOut))
					.orElse(null)));
	}

	private @Nullable Double latest(UUID workspaceId, List<TrainingRun> runs, ModelType type, Dataset heldOut) {
		return runs.stream()
			.filter((run) -> run.modelType() == type)
			.findFirst()
			.map((run) -> this.scores.auc(workspaceId, run, heldOut))
			.orElse(null);
	}

}
