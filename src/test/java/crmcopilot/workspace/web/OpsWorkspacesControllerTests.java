package crmcopilot.workspace.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import crmcopilot.WebSlices;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.internal.WorkspacePermissions;
import crmcopilot.workspace.internal.WorkspaceProvisioning;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(OpsWorkspacesController.class)
class OpsWorkspacesControllerTests {

	private static final Caller OPS = WebSlices.caller(Role.OPS, WorkspacePermissions.WORKSPACES_CREATE);

	private static final Workspace TERANGA = new Workspace(WebSlices.WORKSPACE_ID, "boutique-teranga",
			"Boutique Téranga", Locale.FRENCH, ZoneId.of("Africa/Dakar"), PrivacyLevel.PRIVATE, false,
			Instant.parse("2026-11-02T09:30:00Z"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	WorkspaceProvisioning provisioning;

	@Test
	void should_list_the_workspaces_with_their_language_zone_creation_and_users() throws Exception {
		given(this.provisioning.summaries()).willReturn(List.of(new WorkspaceProvisioning.Summary(TERANGA, 3)));

		this.mvc.perform(get("/ops/workspaces").with(WebSlices.signedIn(OPS)))
			.andExpect(status().isOk())
			.andExpect(view().name(OpsWorkspacesController.VIEW))
			.andExpect(content().string(allOf(containsString("<td>Boutique Téranga</td>"),
					containsString("<td>français</td>"), containsString("<td>Africa/Dakar</td>"),
					containsString("<td>02/11/2026"), containsString("<td class=\"num\">3</td>"))));
	}

	@Test
	void should_show_the_first_admin_token_once_in_the_answer_to_the_creation() throws Exception {
		given(this.provisioning.createWithToken(
				eq(new WorkspaceProvisioning.Merchant("Boutique Téranga", "fr", "Africa/Dakar", "XOF")), any()))
			.willReturn(new WorkspaceProvisioning.Provisioned(TERANGA, "cc_first_admin_token"));

		this.mvc
			.perform(post("/ops/workspaces").with(WebSlices.signedIn(OPS))
				.param("name", "Boutique Téranga")
				.param("locale", "fr")
				.param("timeZone", "Africa/Dakar"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"created-token\">cc_first_admin_token<"),
					containsString("Espace « Boutique Téranga » créé."))));
	}

	@Test
	void should_keep_the_input_and_say_in_french_why_a_workspace_was_refused() throws Exception {
		given(this.provisioning.createWithToken(any(), any())).willThrow(new InvalidInputException("timeZone",
				"workspace.error.timezone", new Object[] { "Mars" }, "unknown time zone"));

		this.mvc
			.perform(post("/ops/workspaces").with(WebSlices.signedIn(OPS))
				.param("name", "Boutique Téranga")
				.param("locale", "fr")
				.param("timeZone", "Mars"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ce fuseau horaire est inconnu."),
					containsString("value=\"Boutique Téranga\""), not(containsString("created-token")))));
	}

}
