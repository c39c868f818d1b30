package crmcopilot.ai.web;

import crmcopilot.WebSlices;
import crmcopilot.ai.internal.AiPermissions;
import crmcopilot.ai.internal.WorkspaceProviders;
import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(AiSettingsController.class)
class AiSettingsControllerTests {

	private static final Caller ADMIN = WebSlices.caller(Role.ADMIN, AiPermissions.SETTINGS_MANAGE);

	private static final WorkspaceProviders.Form STORED = new WorkspaceProviders.Form("openai", "", "gpt-4o-mini", "",
			"", "json_schema", true);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	WorkspaceProviders providers;

	@MockitoBean
	AuditJournal journal;

	@Test
	void should_show_the_stored_provider_settings() throws Exception {
		given(this.providers.form(WebSlices.WORKSPACE_ID)).willReturn(STORED);

		this.mvc.perform(get("/ai/settings").with(WebSlices.signedIn(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(view().name(AiSettingsController.VIEW))
			.andExpect(model().attribute("form", STORED))
			.andExpect(model().attributeExists("providers"));
	}

	@Test
	void should_save_and_journal_a_provider_then_redirect() throws Exception {
		given(this.providers.form(WebSlices.WORKSPACE_ID)).willReturn(STORED);

		this.mvc
			.perform(post("/ai/settings").with(WebSlices.signedIn(ADMIN))
				.param("provider", "ollama")
				.param("baseUrl", "http://localhost:11434")
				.param("model", "qwen2.5"))
			.andExpect(redirectedUrl("/ai/settings"))
			.andExpect(flash().attribute("message", "ai.settings.saved"));

		then(this.providers).should()
			.save(WebSlices.WORKSPACE_ID, new WorkspaceProviders.Form("ollama", "http://localhost:11434", "qwen2.5", "",
					"", "json_schema", true), null, false);
		then(this.journal).should().record(any(AuditEvent.class));
	}

	@Test
	void should_show_a_refused_base_url_in_french_next_to_its_field() throws Exception {
		given(this.providers.form(WebSlices.WORKSPACE_ID)).willReturn(STORED);
		willThrow(new InvalidInputException("baseUrl", "ai.error.base-url-invalid", new Object[] { "ftp://example" },
				"base URL must be http(s)"))
			.given(this.providers)
			.save(eq(WebSlices.WORKSPACE_ID), any(), any(), eq(false));

		this.mvc
			.perform(post("/ai/settings").with(WebSlices.signedIn(ADMIN))
				.param("provider", "azure")
				.param("baseUrl", "ftp://example"))
			.andExpect(status().isOk())
			.andExpect(view().name(AiSettingsController.VIEW))
			.andExpect(model().attribute("fieldErrors", hasKey("baseUrl")))
			.andExpect(content().string(containsString("L&#39;URL de base doit être une URL http(s) : ftp://example")));
		then(this.journal).should(never()).record(any(AuditEvent.class));
	}

	@Test
	void should_refuse_an_unknown_provider_without_saving() throws Exception {
		given(this.providers.form(WebSlices.WORKSPACE_ID)).willReturn(STORED);

		this.mvc.perform(post("/ai/settings").with(WebSlices.signedIn(ADMIN)).param("provider", "skynet"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("fieldErrors", hasKey("provider")));
		then(this.providers).should(never()).save(any(), any(), any(), eq(false));
		then(this.journal).should(never()).record(any(AuditEvent.class));
	}

}
