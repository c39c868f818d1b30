package crmcopilot.learning;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.LearningStore;
import crmcopilot.learning.internal.LearningStore.StoredDataset;
import crmcopilot.learning.internal.LearningStore.StoredWeights;
import crmcopilot.learning.internal.MerchantData;
import crmcopilot.learning.model.FederatedAveraging;
import crmcopilot.learning.model.LogisticRegression;
import crmcopilot.learning.model.ModelMetrics;
import crmcopilot.learning.model.Personalization;
import crmcopilot.learning.model.SessionSchema;
import crmcopilot.learning.model.TrainOptions;
import crmcopilot.learning.model.WeightCodec;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The learning engine's operations: train a merchant's model on its own rows, personalise
 * the global model, aggregate merchants' weights, deploy, configure, and feed external
 * data. Every merchant operation is scoped by the caller's workspace (merchant =
 * workspace).
 */
@Service
public class LearningService {

	/** Local SGD settings of every platform training. */
	public static final TrainOptions TRAINING = new TrainOptions(20, 32, 0.05, 1e-3, 0, 0.05, 0);

	static final Set<String> FREQUENCIES = Set.of("daily", "weekly", "monthly");

	static final Set<String> SOURCES = Set.of("internal", "external", "federated");

	static final Set<String> PRIVACY_LEVELS = Set.of("private", "anonymized", "shared");

	static final Set<String> JOB_TYPES = Set.of("competitor_pricing", "discount_analysis");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final LearningStore store;

	private final AuditJournal journal;

	private final LearningSettings settings;

	LearningService(LearningStore store, AuditJournal journal, LearningSettings settings) {
		this.store = store;
		this.journal = journal;
		this.settings = settings;
	}

	// ---- data

	/** What an import stored. */
	public record DatasetInfo(String name, String labelColumn, int rows, Instant importedAt) {
	}

	/**
	 * Stores a CSV of the merchant's sessions (header row; the label column holds 0/1).
	 */
	public DatasetInfo importDataset(UUID workspaceId, String name, String labelColumn, byte[] csv, String actor) {
		List<Map<String, String>> rows = MerchantData.parseCsv(csv);
		if (rows.isEmpty()) {
			throw new InvalidInputException("file", "the CSV has no rows");
		}
		if (!rows.get(0).containsKey(labelColumn)) {
			throw new InvalidInputException("label", "no column '" + labelColumn + "' in the CSV");
		}
		this.store.config(workspaceId);
		StoredDataset stored = this.store.saveDataset(workspaceId, name, labelColumn, rows.size(), csv);
		this.journal.record(
				AuditEvent
					.of(workspaceId, "learning.dataset.imported", "dataset", stored.id().toString(), null,
							Map.of("rows", rows.size(), "label", labelColumn))
					.by(actor, "user"));
		return new DatasetInfo(name, labelColumn, rows.size(), stored.createdAt());
	}

	public Optional<DatasetInfo> dataset(UUID workspaceId) {
		return this.store.latestDataset(workspaceId)
			.map((d) -> new DatasetInfo(d.name(), d.labelColumn(), d.rowCount(), d.createdAt()));
	}

	MerchantData merchantData(UUID workspaceId, MerchantConfig config) {
		StoredDataset dataset = this.store.latestDataset(workspaceId)
			.orElseThrow(() -> new InvalidInputException("dataset", "import training data first (CSV of sessions)"));
		List<Map<String, String>> rows = MerchantData.parseCsv(dataset.content());
		boolean external = config.uses("external");
		return MerchantData.of(workspaceId, rows, dataset.labelColumn(),
				external ? this.store.latestExternal("seasonality") : Optional.empty(),
				external ? this.store.latestExternal("discounts").or(() -> this.store.latestExternal("pricing"))
						: Optional.empty());
	}

	private String datasetName(UUID workspaceId) {
		return this.store.latestDataset(workspaceId).map(StoredDataset::name).orElse("");
	}

	// ---- training

	/** Trains a local model on the merchant's own rows and records the run. */
	public TrainingRun train(UUID workspaceId, String actor) {
		long start = System.nanoTime();
		MerchantConfig config = this.store.config(workspaceId);
		MerchantData data = merchantData(workspaceId, config);
		double[] weights = LogisticRegression.train(data.train(), LogisticRegression.zeros(data.train().cols()),
				TRAINING);
		ModelMetrics metrics = ModelMetrics.evaluate(weights, data.heldOut());
		boolean external = !data.externalUsed().isEmpty();
		data.externalUsed().forEach(this.store::markUsedInTraining);
		StoredWeights stored = this.store.saveWeights(workspaceId, weights, SessionSchema.standard());
		TrainingRun run = this.store.saveRun(workspaceId, nextVersion(workspaceId), "local",
				data.summary(datasetName(workspaceId),
						external ? List.of("internal", "external") : List.of("internal")),
				metricsMap(metrics, Map.of()), external ? "hybrid" : "internal", stored, elapsedMs(start));
		touchTrained(workspaceId, config);
		this.journal.record(AuditEvent
			.of(workspaceId, "learning.model.trained", "training-run", run.id().toString(), null,
					Map.of("type", "local", "auc", metrics.auc(), "confidence", metrics.confidence()))
			.by(actor, actorType(actor)));
		return run;
	}

	/**
	 * Fine-tunes the latest global model on the merchant's rows at its personalisation
	 * level; the run is deployable only if it beats both a local-only and the global
	 * model on the merchant's held-out rows.
	 */
	public TrainingRun trainPersonalized(UUID workspaceId, String actor) {
		long start = System.nanoTime();
		MerchantConfig config = this.store.config(workspaceId);
		GlobalModel global = this.store.latestGlobal()
			.orElseThrow(() -> new InvalidInputException("globalModel", "no global model yet: aggregate first"));
		double[] globalWeights = this.store.weights(LearningStore.PLATFORM, this.store.globalWeightsId(global.id()))
			.weights();
		MerchantData data = merchantData(workspaceId, config);
		Personalization level = Personalization.of(config.personalizationLevel());
		double[] tuned = level.fineTune(globalWeights, data.train(), TRAINING);
		double[] local = LogisticRegression.train(data.train(), LogisticRegression.zeros(data.train().cols()),
				TRAINING);
		ModelMetrics metrics = ModelMetrics.evaluate(tuned, data.heldOut());
		double localAuc = ModelMetrics.evaluate(local, data.heldOut()).auc();
		double globalAuc = ModelMetrics.evaluate(globalWeights, data.heldOut()).auc();
		Map<String, Object> extra = new LinkedHashMap<>();
		extra.put("localAuc", localAuc);
		extra.put("globalAuc", globalAuc);
		extra.put("globalVersion", global.version());
		extra.put("personalizationLevel", level.key());
		extra.put("deployable", metrics.auc() > localAuc && metrics.auc() > globalAuc);
		boolean external = !data.externalUsed().isEmpty();
		StoredWeights stored = this.store.saveWeights(workspaceId, tuned, SessionSchema.standard());
		TrainingRun run = this.store.saveRun(workspaceId, nextVersion(workspaceId), "personalized",
				data.summary(datasetName(workspaceId),
						external ? List.of("internal", "external", "federated") : List.of("internal", "federated")),
				metricsMap(metrics, extra), external ? "hybrid" : "federated", stored, elapsedMs(start));
		touchTrained(workspaceId, config);
		this.journal.record(AuditEvent
			.of(workspaceId, "learning.model.personalized", "training-run", run.id().toString(), null,
					Map.of("auc", metrics.auc(), "localAuc", localAuc, "globalAuc", globalAuc))
			.by(actor, actorType(actor)));
		return run;
	}

	private void touchTrained(UUID workspaceId, MerchantConfig config) {
		this.store.saveConfig(workspaceId,
				new MerchantConfig(config.merchantId(), config.modelVersion(), config.personalizationLevel(),
						config.trainingFrequency(), config.autoDeploy(), config.minConfidence(), config.dataSources(),
						config.privacyLevel(), Instant.now()));
	}

	private String nextVersion(UUID workspaceId) {
		return "v" + (this.store.countRuns(workspaceId) + 1);
	}

	static Map<String, Object> metricsMap(ModelMetrics metrics, Map<String, Object> extra) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("accuracy", round(metrics.accuracy()));
		map.put("auc", round(metrics.auc()));
		map.put("logLoss", round(metrics.logLoss()));
		map.put("brier", round(metrics.brier()));
		map.put("predictedUplift", round(metrics.predictedUplift()));
		map.put("confidence", round(metrics.confidence()));
		map.put("heldOutExamples", metrics.examples());
		map.put("heldOutPositives", metrics.positives());
		map.putAll(extra);
		return map;
	}

	static double round(double value) {
		return Math.round(value * 1e6) / 1e6;
	}

	private static long elapsedMs(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	private static String actorType(String actor) {
		return actor.equals("system") ? "system" : "user";
	}

	// ---- runs, deploy

	public List<TrainingRun> runs(UUID workspaceId) {
		return this.store.runs(workspaceId, 100);
	}

	public TrainingRun deploy(UUID workspaceId, UUID runId, String actor, @Nullable String reason) {
		TrainingRun run = this.store.run(workspaceId, runId)
			.orElseThrow(() -> new NotFoundException("no training run " + runId));
		if (run.modelType().equals("personalized") && Boolean.FALSE.equals(run.metrics().get("deployable"))) {
			throw new InvalidInputException("id",
					"this personalised model does not beat both the local and the global model on held-out data");
		}
		this.store.markDeployed(workspaceId, runId);
		MerchantConfig config = this.store.config(workspaceId);
		this.store.saveConfig(workspaceId,
				new MerchantConfig(config.merchantId(), run.modelVersion(), config.personalizationLevel(),
						config.trainingFrequency(), config.autoDeploy(), config.minConfidence(), config.dataSources(),
						config.privacyLevel(), config.lastTrainedAt()));
		this.journal.record(AuditEvent
			.of(workspaceId, "learning.model.deployed", "training-run", runId.toString(), reason,
					Map.of("modelVersion", run.modelVersion(), "confidence", run.metric("confidence")))
			.by(actor, actorType(actor)));
		return this.store.run(workspaceId, runId).orElseThrow();
	}

	// ---- configuration

	public MerchantConfig config(UUID workspaceId) {
		return this.store.config(workspaceId);
	}

	/** A partial change of the configuration; null fields keep their value. */
	public record ConfigChange(@Nullable String personalizationLevel, @Nullable String trainingFrequency,
			@Nullable Boolean autoDeploy, @Nullable Double minConfidence, @Nullable Map<String, Boolean> dataSources,
			@Nullable String privacyLevel) {
	}

	public MerchantConfig updateConfig(UUID workspaceId, ConfigChange change, String actor) {
		MerchantConfig current = this.store.config(workspaceId);
		if (change.personalizationLevel() != null) {
			try {
				Personalization.of(change.personalizationLevel());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("personalizationLevel", ex.getMessage());
			}
		}
		if (change.trainingFrequency() != null && !FREQUENCIES.contains(change.trainingFrequency())) {
			throw new InvalidInputException("trainingFrequency", "training frequency must be daily, weekly or monthly");
		}
		if (change.minConfidence() != null && !(change.minConfidence() >= 0 && change.minConfidence() <= 1)) {
			throw new InvalidInputException("minConfidence", "min confidence must be between 0 and 1");
		}
		if (change.privacyLevel() != null && !PRIVACY_LEVELS.contains(change.privacyLevel())) {
			throw new InvalidInputException("privacyLevel", "privacy level must be private, anonymized or shared");
		}
		Map<String, Boolean> sources = new LinkedHashMap<>(current.dataSources());
		if (change.dataSources() != null) {
			for (Map.Entry<String, Boolean> entry : change.dataSources().entrySet()) {
				if (!SOURCES.contains(entry.getKey()) || entry.getValue() == null) {
					throw new InvalidInputException("dataSources",
							"data sources are internal, external and federated, each true or false");
				}
				sources.put(entry.getKey(), entry.getValue());
			}
		}
		MerchantConfig updated = new MerchantConfig(current.merchantId(), current.modelVersion(),
				orElse(change.personalizationLevel(), current.personalizationLevel()),
				orElse(change.trainingFrequency(), current.trainingFrequency()),
				(change.autoDeploy() != null) ? change.autoDeploy() : current.autoDeploy(),
				(change.minConfidence() != null) ? change.minConfidence() : current.minConfidence(), sources,
				orElse(change.privacyLevel(), current.privacyLevel()), current.lastTrainedAt());
		this.store.saveConfig(workspaceId, updated);
		this.journal.record(AuditEvent
			.of(workspaceId, "learning.config.updated", "merchant-config", workspaceId.toString(), null,
					Map.of("personalizationLevel", updated.personalizationLevel(), "trainingFrequency",
							updated.trainingFrequency(), "autoDeploy", updated.autoDeploy(), "minConfidence",
							updated.minConfidence(), "dataSources", updated.dataSources()))
			.by(actor, actorType(actor)));
		return this.store.config(workspaceId);
	}

	private static String orElse(@Nullable String value, String fallback) {
		return (value != null) ? value : fallback;
	}

	// ---- aggregation

	/**
	 * Options of an aggregation job.
	 *
	 * @param method {@code federated_averaging}, {@code coordinate_median} or
	 * {@code trimmed_mean}
	 * @param fedProxMu proximal term of local training (0 = plain FedAvg)
	 * @param clipNorm with {@code noiseMultiplier}: differential privacy of contributions
	 */
	public record AggregationRequest(@Nullable Integer minContributors, @Nullable Integer rounds,
			@Nullable String method, @Nullable Double fedProxMu, @Nullable Double trimFraction,
			@Nullable Double clipNorm, @Nullable Double noiseMultiplier) {

		public static AggregationRequest defaults() {
			return new AggregationRequest(null, null, null, null, null, null, null);
		}

	}

	/**
	 * Runs several federated rounds over the merchants that enabled the federated source:
	 * each trains the current global model on its own rows (only its parameters and
	 * example count come back), the server merges them, and each merchant evaluates the
	 * result on its held-out rows (only metrics come back).
	 * @throws NotEnoughContributorsException below {@code minContributors}
	 */
	public GlobalModel aggregate(AggregationRequest request, UUID callerWorkspace, String actor) {
		int minContributors = (request.minContributors() != null) ? request.minContributors()
				: this.settings.minContributors();
		if (minContributors < 1) {
			throw new InvalidInputException("minContributors", "minContributors must be at least 1");
		}
		int rounds = (request.rounds() != null) ? request.rounds() : this.settings.rounds();
		if (rounds < 1 || rounds > 500) {
			throw new InvalidInputException("rounds", "rounds must be between 1 and 500");
		}
		FederatedAveraging.Method method;
		try {
			method = FederatedAveraging.Method
				.valueOf(orElse(request.method(), "federated_averaging").toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("method",
					"method must be federated_averaging, coordinate_median or trimmed_mean");
		}
		FederatedAveraging.Privacy privacy = null;
		if (request.clipNorm() != null || request.noiseMultiplier() != null) {
			if (request.clipNorm() == null || request.noiseMultiplier() == null || !(request.clipNorm() > 0)
					|| !(request.noiseMultiplier() > 0)) {
				throw new InvalidInputException("noiseMultiplier",
						"differential privacy needs a positive clipNorm and noiseMultiplier");
			}
			privacy = new FederatedAveraging.Privacy(request.clipNorm(), request.noiseMultiplier(),
					this.settings.dpDelta());
		}
		double mu = (request.fedProxMu() != null) ? request.fedProxMu() : 0;
		double trim = (request.trimFraction() != null) ? request.trimFraction() : 0.1;
		if (mu < 0 || trim < 0 || trim >= 0.5) {
			throw new InvalidInputException("fedProxMu", "fedProxMu must be ≥ 0 and trimFraction in [0, 0.5)");
		}
		List<FederatedAveraging.Participant> participants = new ArrayList<>();
		for (MerchantConfig config : this.store.allConfigs()) {
			if (!config.uses("federated") || this.store.latestDataset(config.merchantId()).isEmpty()) {
				continue;
			}
			MerchantData data = merchantData(config.merchantId(), config);
			participants
				.add(new FederatedAveraging.Participant(config.merchantId().toString(), data.train(), data.heldOut()));
		}
		if (participants.size() < minContributors) {
			throw new NotEnoughContributorsException(participants.size(), minContributors);
		}
		long start = System.nanoTime();
		double[] startWeights = this.store.latestGlobal()
			.map((g) -> this.store.weights(LearningStore.PLATFORM, this.store.globalWeightsId(g.id())).weights())
			.orElse(LogisticRegression.zeros(SessionSchema.standard().dimension()));
		FederatedAveraging.Options options = new FederatedAveraging.Options(rounds,
				TRAINING.withEpochs(1).withProximalMu(mu), method, trim, this.settings.maxClaimedExamples(), privacy,
				0);
		FederatedAveraging.Result result = FederatedAveraging.run(startWeights, participants, options);
		StoredWeights stored = this.store.saveWeights(LearningStore.PLATFORM, result.global(),
				SessionSchema.standard());
		List<String> contributing = new ArrayList<>();
		long totalPoints = 0;
		double accuracy = 0;
		for (FederatedAveraging.Participant participant : participants) {
			UUID merchant = UUID.fromString(participant.id());
			ModelMetrics metrics = ModelMetrics.evaluate(result.global(), participant.heldOut());
			StoredWeights merchantCopy = this.store.saveWeights(merchant, result.global(), SessionSchema.standard());
			TrainingRun run = this.store.saveRun(merchant, nextVersion(merchant), "federated",
					Map.of("trainRows", participant.train().rows(), "heldOutRows", participant.heldOut().rows(),
							"sources", List.of("federated")),
					metricsMap(metrics, Map.of()), "federated", merchantCopy, elapsedMs(start));
			contributing.add(run.id().toString());
			totalPoints += Math.min(participant.train().rows(), this.settings.maxClaimedExamples());
			accuracy += metrics.accuracy();
		}
		FederatedAveraging.RoundReport last = result.rounds().get(result.rounds().size() - 1);
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("avg_accuracy", round(accuracy / participants.size()));
		metrics.put("avg_auc", round(last.auc()));
		metrics.put("contributing_merchants", participants.size());
		metrics.put("total_data_points", totalPoints);
		metrics.put("rounds",
				result.rounds()
					.stream()
					.map((r) -> Map.of("round", r.round(), "auc", round(r.auc()), "accuracy", round(r.accuracy()),
							"logLoss", round(r.logLoss())))
					.toList());
		metrics.put("fedProxMu", mu);
		metrics.put("maxClaimedExamples", this.settings.maxClaimedExamples());
		if (privacy != null) {
			metrics.put("privacy",
					Map.of("clipNorm", privacy.clipNorm(), "noiseMultiplier", privacy.noiseMultiplier(), "epsilon",
							round(result.epsilon()), "delta", privacy.delta(), "accountant", "rdp-sampled-gaussian"));
		}
		this.store.markAllAggregated();
		GlobalModel model = this.store.saveGlobal(method.key(), metrics, contributing, stored);
		this.journal.record(AuditEvent
			.of(callerWorkspace, "learning.global.aggregated", "global-model", String.valueOf(model.version()), null,
					Map.of("contributors", participants.size(), "rounds", rounds, "method", method.key()))
			.by(actor, actorType(actor)));
		return model;
	}

	public Optional<GlobalModel> latestGlobal() {
		return this.store.latestGlobal();
	}

	public List<GlobalModel> globalModels() {
		return this.store.globals(50);
	}

	// ---- external data and crawler jobs

	/** A crawl request. */
	public record NewCrawlerJob(@Nullable String jobType, @Nullable List<String> targetUrls,
			@Nullable Map<String, Object> filters, @Nullable Integer priority) {
	}

	public CrawlerJob createCrawlerJob(UUID workspaceId, NewCrawlerJob request, String actor) {
		if (request.jobType() == null || !JOB_TYPES.contains(request.jobType())) {
			throw new InvalidInputException("jobType", "jobType must be competitor_pricing or discount_analysis");
		}
		if (request.targetUrls() == null || request.targetUrls().isEmpty() || request.targetUrls().size() > 200) {
			throw new InvalidInputException("targetUrls", "give 1 to 200 target URLs");
		}
		for (String url : request.targetUrls()) {
			try {
				java.net.URI uri = java.net.URI.create(url);
				if (!Set.of("http", "https").contains(String.valueOf(uri.getScheme())) || uri.getHost() == null) {
					throw new IllegalArgumentException();
				}
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("targetUrls", "not an http(s) URL: " + url);
			}
		}
		int priority = (request.priority() != null) ? request.priority() : 5;
		if (priority < 1 || priority > 10) {
			throw new InvalidInputException("priority", "priority must be between 1 and 10");
		}
		CrawlerJob job = this.store.saveJob(workspaceId, request.jobType(), request.targetUrls(),
				(request.filters() != null) ? request.filters() : Map.of(), priority, actor);
		this.journal.record(
				AuditEvent
					.of(workspaceId, "learning.crawler.job.created", "crawler-job", job.id().toString(), null,
							Map.of("jobType", job.jobType(), "urls", job.targetUrls().size()))
					.by(actor, actorType(actor)));
		return job;
	}

	public List<CrawlerJob> crawlerJobs(UUID workspaceId) {
		return this.store.jobs(workspaceId, 50);
	}

	public List<ExternalData> externalData() {
		return this.store.externalData(50);
	}

	/**
	 * Imports an open dataset of monthly indicators: a CSV with columns {@code month}
	 * (1–12) and {@code value}; stored as shared external data with a quality score equal
	 * to the share of the twelve months present with a valid number.
	 */
	public ExternalData importOpenDataset(String name, String category, byte[] csv, UUID workspaceId, String actor) {
		if (!Set.of("seasonality", "payment_adoption", "conversion_rates").contains(category)) {
			throw new InvalidInputException("category",
					"category must be seasonality, payment_adoption or conversion_rates");
		}
		List<Map<String, String>> rows = MerchantData.parseCsv(csv);
		Map<String, Object> monthly = new LinkedHashMap<>();
		for (Map<String, String> row : rows) {
			String month = String.valueOf(row.get("month")).trim();
			try {
				int m = Integer.parseInt(month);
				double value = Double.parseDouble(String.valueOf(row.get("value")).trim());
				if (m >= 1 && m <= 12 && Double.isFinite(value)) {
					monthly.put(String.valueOf(m), value);
				}
			}
			catch (NumberFormatException ex) {
				// a malformed line lowers the quality score instead of failing the import
			}
		}
		if (monthly.isEmpty()) {
			throw new InvalidInputException("file", "the CSV needs columns month (1-12) and value");
		}
		double quality = round(monthly.size() / 12.0);
		ExternalData data = this.store.saveExternal("dataset", name, category,
				Map.of("monthly", monthly, "rows", rows.size()), quality);
		this.journal.record(
				AuditEvent
					.of(workspaceId, "learning.external.imported", "external-data", data.id().toString(), null,
							Map.of("category", category, "quality", quality))
					.by(actor, actorType(actor)));
		return data;
	}

	// ---- agents

	/**
	 * Issues a token for a merchant-side agent; the value is shown once and stored
	 * hashed.
	 */
	public String issueAgentToken(UUID workspaceId, String name, String actor) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String value = "fa_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.store.saveAgentToken(workspaceId, name,
				WeightCodec.sha256(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		this.journal
			.record(AuditEvent.of(workspaceId, "learning.agent.token.issued", "agent-token", name, null, Map.of())
				.by(actor, actorType(actor)));
		return value;
	}

	// ---- helpers for the worker and the monitor

	LearningStore store() {
		return this.store;
	}

	LearningSettings settings() {
		return this.settings;
	}

}
