package crmcopilot.campaigns.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.campaigns.internal.Analysis;
import crmcopilot.campaigns.internal.CampaignBriefs;
import crmcopilot.campaigns.internal.CampaignRunStore;
import crmcopilot.campaigns.internal.PersonaImages;
import crmcopilot.campaigns.internal.Visualisations;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.CallerPrincipal;
import crmcopilot.workspace.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The CSV export of a run, without the database. */
@WebMvcTest(CampaignExportController.class)
class CampaignExportControllerTests {

	private static final UUID WORKSPACE = UUID.randomUUID();

	private static final UUID RUN = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CampaignRuns runs;

	@MockitoBean
	CampaignRunStore results;

	@MockitoBean
	CampaignBriefs briefs;

	@MockitoBean
	PersonaImages images;

	@Test
	void should_export_each_customers_segment_from_the_assignments_kept_apart() throws Exception {
		Analysis analysis = mock(Analysis.class);
		given(analysis.profiles()).willReturn(List.of());
		given(analysis.personas()).willReturn(List.of());
		given(analysis.charts()).willReturn(new Visualisations(new int[] { 1, 1 }, List.of(), new double[] { 0, 0 },
				List.of(), List.of(), Map.of()));
		given(this.results.analysis(WORKSPACE, RUN)).willReturn(Optional.of(analysis));
		given(this.results.assignments(WORKSPACE, RUN))
			.willReturn(Optional.of(new Analysis.Assignments(List.of("c-1", "c-2"), new int[] { 0, 1 })));
		Caller caller = new Caller(WORKSPACE, "Maison Démo", UUID.randomUUID(), null, "Viewer", "viewer@test",
				Role.VIEWER, Set.of("campaigns.view"));
		CallerPrincipal principal = () -> caller;
		this.mvc
			.perform(get("/campaigns/{id}/export.csv", RUN)
				.with(authentication(new TestingAuthenticationToken(principal, null, List.of()))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("assignment,1,customer_id,c-1")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("assignment,2,customer_id,c-2")));
	}

}
