package crmcopilot.learning.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import crmcopilot.learning.internal.DriftAlert;
import crmcopilot.learning.internal.LearningPermissions;
import crmcopilot.learning.internal.LearningSettings;
import crmcopilot.learning.internal.drift.DriftFigures;
import crmcopilot.learning.internal.drift.DriftMonitor;
import crmcopilot.learning.internal.MerchantConfig;
import crmcopilot.learning.internal.MerchantPrivacy;
import crmcopilot.learning.internal.ModelType;
import crmcopilot.learning.internal.RunSource;
import crmcopilot.learning.internal.TrainingFrequency;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.external.CrawlerJobs;
import crmcopilot.learning.internal.external.ExternalDatasets;
import crmcopilot.learning.internal.federation.AggregationRequest;
import crmcopilot.learning.internal.federation.FederatedAggregation;
import crmcopilot.learning.internal.federation.NotEnoughContributorsException;
import crmcopilot.learning.internal.training.Deployments;
import crmcopilot.learning.internal.training.LearningInsights;
import crmcopilot.learning.internal.training.MerchantConfigs;
import crmcopilot.learning.internal.training.ModelComparison;
import crmcopilot.learning.internal.training.ModelTraining;
import crmcopilot.learning.internal.training.TrainingData;
import crmcopilot.learning.internal.training.WorseThanDeployedException;
import crmcopilot.learning.model.Personalization;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import crmcopilot.workspace.CallerPrincipal;
import crmcopilot.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest({ LearningMonitorController.class, LearningActionsController.class })
class LearningPagesTests {

	static final UUID WORKSPACE = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MerchantConfigs configs;

	@MockitoBean
	TrainingData data;

	@MockitoBean
	Deployments deployments;

	@MockitoBean
	ModelTraining training;

	@MockitoBean
	FederatedAggregation aggregation;

	@MockitoBean
	LearningInsights insights;

	@MockitoBean
	CrawlerJobs crawlerJobs;

	@MockitoBean
	ExternalDatasets external;

	@MockitoBean
	ModelComparison comparison;

	@MockitoBean
	Workspaces workspaces;

	@MockitoBean
	DriftMonitor drift;

	record Principal(Caller caller) implements CallerPrincipal {
	}

	@BeforeEach
	void merchant() {
		given(this.configs.config(WORKSPACE)).willReturn(
				new MerchantConfig(WORKSPACE, "v1", Personalization.MEDIUM, TrainingFrequency.WEEKLY, false, 0.8,
						Map.of("internal", true, "external", false, "federated", true), MerchantPrivacy.PRIVATE, null));
		given(this.data.dataset(WORKSPACE)).willReturn(Optional.empty());
		given(this.aggregation.latestGlobal()).willReturn(Optional.empty());
		given(this.insights.benchmark(WORKSPACE)).willReturn(Map.of("available", false, "minimum", 5, "merchants", 1));
		given(this.insights.patterns(WORKSPACE)).willReturn(Map.of("available", false));
		given(this.comparison.scores(WORKSPACE))
			.willReturn(Optional.of(new ModelComparison.Scores(120, 0.7512, 0.7703, null, 0.7512)));
	}

	static RequestPostProcessor manager() {
		Set<String> permissions = Set.of(LearningPermissions.VIEW, LearningPermissions.MANAGE);
		Caller caller = new Caller(WORKSPACE, "Boutique", UUID.randomUUID(), null, "Gérante", "gerante@shop.test",
				Role.MANAGER, permissions);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(new Principal(caller), null,
				permissions.stream().map(SimpleGrantedAuthority::new).toList()));
	}

	@Test
	void should_show_the_runs_and_the_configuration_in_french() throws Exception {
		given(this.deployments.runs(WORKSPACE)).willReturn(List.of(new TrainingRun(UUID.randomUUID(), WORKSPACE, "v1",
				ModelType.PERSONALIZED, Map.of(), Map.of("auc", 0.8, "accuracy", 0.7, "confidence", 0.9),
				RunSource.FEDERATED, "0".repeat(64), true, 12, Instant.parse("2026-12-01T10:00:00Z"))));

		this.mvc.perform(get("/learning").with(manager()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(view().name(LearningMonitorController.VIEW))
			.andExpect(model().attributeExists("configForm", "runs", "benchmark", "patterns"))
			.andExpect(model().attribute("canManage", true))
			.andExpect(model().attribute("ops", false))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Personnalisé")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Historique des entraînements")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("mêmes 120 lignes de test")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("0,7703")));
	}

	@Test
	void should_refuse_a_minimum_confidence_above_one_with_a_french_message() throws Exception {
		this.mvc
			.perform(post("/learning/config").with(manager())
				.with(csrf())
				.header("Accept-Language", "fr")
				.param("personalizationLevel", "high")
				.param("trainingFrequency", "daily")
				.param("minConfidence", "1.5"))
			.andExpect(redirectedUrl("/learning"))
			.andExpect(flash().attribute("errorText", "La confiance minimale doit être comprise entre 0 et 1."));
		verify(this.configs, never()).updateConfig(any(), any(), anyString());
	}

	@Test
	void should_show_dates_in_the_workspaces_language_and_time_zone() throws Exception {
		given(this.workspaces.find(WORKSPACE)).willReturn(Optional.of(new Workspace(WORKSPACE, "boutique", "Boutique",
				Locale.FRENCH, ZoneId.of("Europe/Paris"), PrivacyLevel.PRIVATE, false, Instant.EPOCH)));
		given(this.deployments.runs(WORKSPACE)).willReturn(List.of(new TrainingRun(UUID.randomUUID(), WORKSPACE, "v1",
				ModelType.LOCAL, Map.of(), Map.of("auc", 0.8, "accuracy", 0.7, "confidence", 0.9), RunSource.INTERNAL,
				"0".repeat(64), false, 12, Instant.parse("2026-12-01T10:00:00Z"))));

		this.mvc.perform(get("/learning").with(manager()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("1 déc. 2026 11:00")))
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("2026-12-01T"))));
	}

	@Test
	void should_show_a_drift_alert_with_its_figures_and_what_happens_next() throws Exception {
		// given a deployed model found drifting in the week of 7 December
		given(this.workspaces.find(WORKSPACE)).willReturn(Optional.of(new Workspace(WORKSPACE, "boutique", "Boutique",
				Locale.FRENCH, ZoneId.of("Europe/Paris"), PrivacyLevel.PRIVATE, false, Instant.EPOCH)));
		TrainingRun run = new TrainingRun(UUID.randomUUID(), WORKSPACE, "v3", ModelType.LOCAL, Map.of(),
				Map.of("auc", 0.81), RunSource.INTERNAL, "0".repeat(64), true, 12,
				Instant.parse("2026-11-20T10:00:00Z"));
		DriftAlert alert = new DriftAlert(UUID.randomUUID(), run.id(), "v3", "2026-W50", 80, 0.104, 0.3, 0.712, 0.81,
				true, true, null, null, null, Instant.parse("2026-12-10T02:00:00Z"));
		DriftFigures figures = new DriftFigures(
				List.of(new DriftFigures.Week(LocalDate.parse("2026-11-30"), "2026-W49", 120, 0.1, 0.11),
						new DriftFigures.Week(LocalDate.parse("2026-12-07"), "2026-W50", 80, 0.104, 0.3)),
				200, 0.712);
		given(this.drift.status(WORKSPACE)).willReturn(Optional.of(new DriftMonitor.Status(run,
				LocalDate.parse("2026-11-25"), 0.81, figures, LearningSettings.Drift.DEFAULTS, alert)));

		// when / then
		this.mvc.perform(get("/learning").with(manager()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Dérive détectée sur le modèle v3")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Semaine du 7 déc. 2026\u00a0:")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("écart de 19,6 points (seuil\u00a0: 5,0\u00a0points)")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("0,712, contre 0,810")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("réentraîne le modèle")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("30 nov. 2026")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("2026-W5"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "NaN", "Infinity", "-Infinity", "1e400" })
	void should_refuse_a_minimum_confidence_that_is_not_a_finite_number(String value) throws Exception {
		this.mvc
			.perform(post("/learning/config").with(manager())
				.with(csrf())
				.header("Accept-Language", "fr")
				.param("personalizationLevel", "high")
				.param("trainingFrequency", "daily")
				.param("minConfidence", value))
			.andExpect(redirectedUrl("/learning"))
			.andExpect(flash().attribute("errorText", "La confiance minimale doit être comprise entre 0 et 1."));
		verify(this.configs, never()).updateConfig(any(), any(), anyString());
	}

	@Test
	void should_save_the_configuration_with_unticked_sources_off() throws Exception {
		this.mvc
			.perform(post("/learning/config").with(manager())
				.with(csrf())
				.param("personalizationLevel", "high")
				.param("trainingFrequency", "daily")
				.param("minConfidence", "0.7")
				.param("autoDeploy", "true")
				.param("federated", "true"))
			.andExpect(redirectedUrl("/learning"))
			.andExpect(flash().attribute("message", "learning.flash.config"));
		verify(this.configs).updateConfig(eq(WORKSPACE), org.mockito.ArgumentMatchers.argThat((change) -> {
			assertThat(change.personalizationLevel()).isEqualTo("high");
			assertThat(change.trainingFrequency()).isEqualTo("daily");
			assertThat(change.autoDeploy()).isTrue();
			assertThat(change.minConfidence()).isEqualTo(0.7);
			assertThat(change.dataSources()).containsExactly(Map.entry("internal", false), Map.entry("external", false),
					Map.entry("federated", true));
			return true;
		}), eq("gerante@shop.test"));
	}

	@Test
	void should_explain_a_refused_deploy_in_the_readers_language() throws Exception {
		UUID run = UUID.randomUUID();
		given(this.deployments.deploy(eq(WORKSPACE), eq(run), anyString(), any(Deployments.DeployRequest.class)))
			.willThrow(new InvalidInputException("id", "learning.error.not-deployable", new Object[0], "english"));

		this.mvc.perform(post("/learning/runs/{id}/deploy", run).with(manager()).with(csrf()))
			.andExpect(redirectedUrl("/learning"))
			.andExpect(flash().attribute("errorText", org.hamcrest.Matchers.startsWith(
					"Ce modèle personnalisé ne fait pas mieux à la fois que le modèle local et que le modèle global")));
		this.mvc.perform(
				post("/learning/runs/{id}/deploy", run).with(manager()).with(csrf()).header("Accept-Language", "en"))
			.andExpect(flash().attribute("errorText",
					org.hamcrest.Matchers.startsWith("This personalised model does not beat both")));
	}

	@Test
	void should_name_both_scores_when_a_deploy_would_serve_a_worse_model() throws Exception {
		UUID run = UUID.randomUUID();
		given(this.deployments.deploy(eq(WORKSPACE), eq(run), anyString(), any(Deployments.DeployRequest.class)))
			.willThrow(new WorseThanDeployedException("v2", 0.41, "v1", 0.83));

		this.mvc.perform(post("/learning/runs/{id}/deploy", run).with(manager()).with(csrf()))
			.andExpect(redirectedUrl("/learning"))
			.andExpect(flash().attribute("errorText",
					"Le modèle v2 obtient une AUC de 0,4100 sur vos données de test, moins que le modèle déployé v1 "
							+ "(AUC 0,8300) : il n'est pas déployé."));
	}

	@Test
	void should_roll_back_from_the_monitor() throws Exception {
		this.mvc.perform(post("/learning/rollback").with(manager()).with(csrf()))
			.andExpect(redirectedUrl("/learning"))
			.andExpect(flash().attribute("message", "learning.flash.rolled-back"));
		verify(this.deployments).rollback(WORKSPACE, "gerante@shop.test", null);
	}

	@Test
	void should_say_how_many_contributors_an_aggregation_lacks() throws Exception {
		given(this.aggregation.aggregate(any(AggregationRequest.class), eq(WORKSPACE), anyString()))
			.willThrow(new NotEnoughContributorsException(2, 3));

		this.mvc.perform(post("/learning/aggregate").with(manager()).with(csrf()).param("minContributors", "3"))
			.andExpect(redirectedUrl("/learning"))
			.andExpect(flash().attribute("errorText",
					"L'agrégation demande au moins 3 marchands contributeurs ; 2 disponibles."));
		this.mvc.perform(post("/learning/aggregate").with(manager()).with(csrf()).param("minContributors", "0"))
			.andExpect(redirectedUrl("/learning"))
			.andExpect(flash().attribute("errorText", "Le nombre minimum de contributeurs doit être d'au moins 1."));
	}

	@Test
	void should_train_and_confirm_with_a_message_key() throws Exception {
		this.mvc.perform(post("/learning/train").with(manager()).with(csrf()))
			.andExpect(redirectedUrl("/learning"))
			.andExpect(flash().attribute("message", "learning.flash.trained"));
		verify(this.training).train(WORKSPACE, "gerante@shop.test");
	}

}
