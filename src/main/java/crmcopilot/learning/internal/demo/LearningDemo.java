package crmcopilot.learning.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import crmcopilot.learning.internal.Actors;
import crmcopilot.learning.internal.Platform;
import crmcopilot.learning.internal.external.ExternalDatasets;
import crmcopilot.learning.internal.federation.AggregationRequest;
import crmcopilot.learning.internal.federation.FederatedAggregation;
import crmcopilot.learning.internal.ModelType;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.training.Deployments;
import crmcopilot.learning.internal.training.MerchantConfigs;
import crmcopilot.learning.internal.training.ModelTraining;
import crmcopilot.learning.internal.training.TrainingData;
import crmcopilot.learning.internal.training.WorseThanDeployedException;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.WorkspaceCreated;
import crmcopilot.workspace.Workspaces;

import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Demo data: the demo workspace is merchant 1 of twelve; eleven more workspaces
 * ({@code demo-merchant-02} … {@code -12}) are created as the other merchants. Each gets
 * its synthetic sessions, joins the federation, trains and deploys a local model; then
 * one aggregation runs, every merchant trains its personalised model, and the better of
 * the global and personalised models is offered to each merchant through the per-merchant
 * gate: small shops take it, the large shops with a behaviour of their own keep their
 * local model. All of it runs after start-up, on the event of the demo workspace.
 */
@Component
class LearningDemo {

	private static final Logger log = LoggerFactory.getLogger(LearningDemo.class);

	private final Workspaces workspaces;

	private final TrainingData data;

	private final MerchantConfigs configs;

	private final ModelTraining training;

	private final FederatedAggregation aggregation;

	private final ExternalDatasets external;

	private final Deployments deployments;

	LearningDemo(Workspaces workspaces, TrainingData data, MerchantConfigs configs, ModelTraining training,
			FederatedAggregation aggregation, ExternalDatasets external, Deployments deployments) {
		this.deployments = deployments;
		this.workspaces = workspaces;
		this.data = data;
		this.configs = configs;
		this.training = training;
		this.aggregation = aggregation;
		this.external = external;
	}

	@ApplicationModuleListener
	void on(WorkspaceCreated event) {
		if (!event.demo()) {
			return;
		}
		long start = System.nanoTime();
		List<UUID> merchants = new ArrayList<>();
		merchants.add(event.workspaceId());
		for (int i = 2; i <= 12; i++) {
			String slug = "demo-merchant-%02d".formatted(i);
			merchants.add(this.workspaces.findBySlug(slug)
				.orElseGet(() -> this.workspaces.create(new Workspaces.NewWorkspace(slug,
						"Boutique démo %02d".formatted(Integer.parseInt(slug.substring(14))), "fr", "Europe/Paris",
						PrivacyLevel.PRIVATE, false)))
				.id());
		}
		for (int i = 0; i < merchants.size(); i++) {
			UUID merchant = merchants.get(i);
			this.data.importDataset(merchant, "sessions-demo.csv", "purchased", DemoMerchants.csv(i + 1),
					Actors.SYSTEM);
			this.configs.updateConfig(merchant, MerchantConfigs.ConfigChange.sources(Map.of("federated", true)),
					Actors.SYSTEM);
			TrainingRun local = this.training.train(merchant, Actors.SYSTEM);
			this.deployments.deploy(merchant, local.id(), Actors.SYSTEM,
					Deployments.DeployRequest.of("démo : premier modèle local"));
		}
		importSeasonality(event.workspaceId());
		this.aggregation.aggregate(AggregationRequest.withMinContributors(3), Platform.WORKSPACE, Actors.SYSTEM);
		for (UUID merchant : merchants) {
			this.training.trainPersonalized(merchant, Actors.SYSTEM);
			offerFederatedModel(merchant);
		}
		log.info("Learning demo: 12 merchants trained and aggregated in {} ms",
				(System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * Deploys the better of the merchant's global and personalised runs unless the gate
	 * finds it worse than the local model on the merchant's own held-out rows.
	 */
	private void offerFederatedModel(UUID merchant) {
		this.deployments.runs(merchant)
			.stream()
			.filter((run) -> run.modelType() == ModelType.FEDERATED || run.modelType() == ModelType.PERSONALIZED)
			.filter(TrainingRun::deployable)
			.max(Comparator.comparingDouble((TrainingRun run) -> run.metric("auc")))
			.ifPresent((candidate) -> {
				try {
					this.deployments.deploy(merchant, candidate.id(), Actors.SYSTEM,
							Deployments.DeployRequest
								.of("démo : le modèle %s bat le modèle local sur les données du marchand".formatted(
										(candidate.modelType() == ModelType.FEDERATED) ? "global" : "personnalisé")));
				}
				catch (WorseThanDeployedException ex) {
					// the gate keeps the local model: what the demo shows for large shops
					log.debug("Demo merchant {} keeps its local model: {}", merchant, ex.getMessage());
				}
			});
	}

	private void importSeasonality(UUID workspaceId) {
		try (InputStream in = new ClassPathResource("learning/seasonality-fr.csv").getInputStream()) {
			this.external.importOpenDataset("Indice de saisonnalité e-commerce (démo)", "seasonality",
					in.readAllBytes(), workspaceId, Actors.SYSTEM);
		}
		catch (IOException ex) {
			log.warn("Demo seasonality dataset missing: {}", ex.getMessage());
		}
	}

}
