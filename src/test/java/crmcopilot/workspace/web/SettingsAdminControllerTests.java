package crmcopilot.workspace.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import crmcopilot.WebSlices;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.Permissions;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.internal.AccountService;
import crmcopilot.workspace.internal.WorkspacePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(SettingsAdminController.class)
class SettingsAdminControllerTests {

	private static final Caller ADMIN = WebSlices.caller(Role.ADMIN, WorkspacePermissions.SETTINGS_MANAGE);

	private static final Workspace WORKSPACE = new Workspace(WebSlices.WORKSPACE_ID, "slice", "Atelier Dakar",
			Locale.FRENCH, ZoneId.of("Africa/Dakar"), PrivacyLevel.PRIVATE, false, Instant.EPOCH);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AccountService accounts;

	@MockitoBean
	Permissions permissions;

	@BeforeEach
	void stored() {
		given(this.accounts.workspace(any())).willReturn(WORKSPACE);
		given(this.permissions.all()).willReturn(Map.of(WorkspacePermissions.SETTINGS_MANAGE, Set.of(Role.ADMIN)));
	}

	@Test
	void should_fill_the_form_from_the_stored_workspace() throws Exception {
		this.mvc.perform(get("/admin/settings").with(WebSlices.signedIn(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(view().name(SettingsAdminController.VIEW))
			.andExpect(model().attribute("form",
					new SettingsAdminController.SettingsForm("Atelier Dakar", "fr", "Africa/Dakar",
							PrivacyLevel.PRIVATE.code())))
			.andExpect(model().attributeExists("permissions", "roles", "timeZones", "privacyLevels"));
	}

	@Test
	void should_save_valid_settings_and_redirect() throws Exception {
		this.mvc
			.perform(post("/admin/settings").with(WebSlices.signedIn(ADMIN))
				.param("name", "Atelier Abidjan")
				.param("locale", "en")
				.param("timeZone", "Africa/Abidjan")
				.param("privacyLevel", PrivacyLevel.PRIVATE.code()))
			.andExpect(redirectedUrl("/admin/settings"))
			.andExpect(flash().attribute("message", "settings.saved"));

		then(this.accounts).should()
			.updateWorkspace(any(), org.mockito.ArgumentMatchers.eq("Atelier Abidjan"),
					org.mockito.ArgumentMatchers.eq("en"), org.mockito.ArgumentMatchers.eq("Africa/Abidjan"),
					org.mockito.ArgumentMatchers.eq(PrivacyLevel.PRIVATE));
	}

	@Test
	void should_show_each_refused_setting_in_french_next_to_its_field_and_keep_the_input() throws Exception {
		this.mvc
			.perform(post("/admin/settings").with(WebSlices.signedIn(ADMIN))
				.param("name", "")
				.param("locale", "de")
				.param("timeZone", "Mars/Olympus")
				.param("privacyLevel", "nowhere"))
			.andExpect(status().isOk())
			.andExpect(view().name(SettingsAdminController.VIEW))
			.andExpect(model().attribute("fieldErrors",
					allOf(hasKey("name"), hasKey("locale"), hasKey("timeZone"), hasKey("privacyLevel"))))
			.andExpect(content()
				.string(allOf(containsString("id=\"timeZone-error\""), containsString("Ce fuseau horaire est inconnu."),
						containsString("L&#39;espace a besoin d&#39;un nom."), not(containsString("unknown")))));
		then(this.accounts).should(never()).updateWorkspace(any(), any(), any(), any(), any());
	}

}
