package crmcopilot.campaigns.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import crmcopilot.campaigns.CampaignRun;
import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.campaigns.SegmentationMethod;
import crmcopilot.campaigns.internal.PersonaImages;
import crmcopilot.crm.CustomerSources;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.CallerPrincipal;
import crmcopilot.workspace.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms of a run's steps, without the database: what they ask the workflow, where
 * they send the reader back, and the refusal in the reader's language.
 */
@WebMvcTest(CampaignStepController.class)
class CampaignStepControllerTests {

	private static final UUID WORKSPACE = UUID.randomUUID();

	private static final UUID RUN = UUID.randomUUID();

	private final Caller caller = new Caller(WORKSPACE, "Maison Démo", UUID.randomUUID(), null, "Manager",
			"manager@test", Role.MANAGER, Set.of("campaigns.view", "campaigns.run", "campaigns.choose"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CampaignRuns runs;

	@MockitoBean
	CustomerSources sources;

	@MockitoBean
	PersonaImages images;

	@BeforeEach
	void run_exists() {
		given(this.runs.find(WORKSPACE, RUN)).willReturn(Optional.of(mock(CampaignRun.class)));
	}

	@Test
	void should_analyse_with_the_mapping_and_settings_of_the_form() throws Exception {
		this.mvc
			.perform(post("/campaigns/{id}/analyse", RUN).param("role_AGE", "age")
				.param("k", "5")
				.param("nInit", "3")
				.param("seed", "7")
				.param("suggestK", "on")
				.param("method", "rfm")
				.with(csrf())
				.with(signedIn()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/campaigns/" + RUN + "#step-4"))
			.andExpect(flash().attributeCount(0));
		then(this.runs).should()
			.analyse(eq(WORKSPACE), eq(RUN), any(ColumnMapping.class), eq(SegmentationMethod.RFM), eq(5), eq(3), eq(7L),
					eq(true));
	}

	@Test
	void should_refuse_a_k_that_is_not_a_whole_number_in_french() throws Exception {
		this.mvc
			.perform(post("/campaigns/{id}/analyse", RUN).param("k", "quatre")
				.header("Accept-Language", "fr")
				.with(csrf())
				.with(signedIn()))
			.andExpect(redirectedUrl("/campaigns/" + RUN + "#step-4"))
			.andExpect(flash().attribute("error", "campaigns.error.whole-number"))
			.andExpect(flash().attribute("errorArgs", new Object[] { "k" }));
		then(this.runs).should(never())
			.analyse(any(), any(), any(), any(SegmentationMethod.class), anyInt(), anyInt(), anyLong(), anyBoolean());
	}

	@Test
	void should_show_the_workflow_refusal_from_its_message_key() throws Exception {
		given(this.runs.rerunFrom(WORKSPACE, RUN, 8)).willThrow(new InvalidInputException("persona",
				"campaigns.error.choose-first", new Object[0], "choose a persona first (step 7)"));
		this.mvc
			.perform(post("/campaigns/{id}/rerun", RUN).param("step", "8")
				.header("Accept-Language", "en")
				.with(csrf())
				.with(signedIn()))
			.andExpect(redirectedUrl("/campaigns/" + RUN + "#step-8"))
			.andExpect(flash().attribute("error", "campaigns.error.choose-first"));
	}

	@Test
	void should_refuse_an_empty_upload_before_the_workflow() throws Exception {
		this.mvc
			.perform(post("/campaigns/{id}/source", RUN).param("kind", "csv")
				.header("Accept-Language", "fr")
				.with(csrf())
				.with(signedIn()))
			.andExpect(redirectedUrl("/campaigns/" + RUN + "#step-2"))
			.andExpect(flash().attribute("error", "campaigns.error.file-required"));
		then(this.runs).should(never()).upload(any(), any(), anyString(), any());
	}

	@Test
	void should_refuse_an_unknown_source_kind() throws Exception {
		this.mvc.perform(post("/campaigns/{id}/source", RUN).param("kind", "ftp").with(csrf()).with(signedIn()))
			.andExpect(redirectedUrl("/campaigns/" + RUN + "#step-2"))
			.andExpect(flash().attribute("error", "campaigns.error.form.kind"));
		then(this.runs).should(never()).connect(any(), any(), any());
	}

	@Test
	void should_require_a_reason_for_the_human_choice() throws Exception {
		this.mvc
			.perform(post("/campaigns/{id}/choice", RUN).param("persona", "2")
				.param("reason", " ")
				.with(csrf())
				.with(signedIn()))
			.andExpect(redirectedUrl("/campaigns/" + RUN + "#step-7"))
			.andExpect(flash().attribute("error", "campaigns.choice.reasonRequired"));
		then(this.runs).should(never()).choose(any(), any(), anyInt(), anyString(), anyString());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn() {
		CallerPrincipal principal = () -> this.caller;
		return authentication(new TestingAuthenticationToken(principal, null, List.of()));
	}

}
