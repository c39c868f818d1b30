package crmcopilot.campaigns.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.campaigns.internal.DspTransmissions;
import crmcopilot.campaigns.internal.Dv360Credentials;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.CallerPrincipal;
import crmcopilot.workspace.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The DSP connection forms, without Google: the OAuth state round trip and refusals shown
 * in the reader's language.
 */
@WebMvcTest(DspController.class)
class DspControllerTests {

	private static final UUID WORKSPACE = UUID.randomUUID();

	private final Caller caller = new Caller(WORKSPACE, "Maison Démo", UUID.randomUUID(), null, "Admin", "admin@test",
			Role.ADMIN, Set.of("campaigns.view", "campaigns.connect"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Dv360Credentials credentials;

	@MockitoBean
	DspTransmissions transmissions;

	@MockitoBean
	CampaignRuns runs;

	@Test
	void should_send_to_the_consent_page_with_a_fresh_state_and_accept_only_that_state_back() throws Exception {
		given(this.credentials.consentUrl(eq(WORKSPACE), anyString(), anyString()))
			.willAnswer((call) -> "https://accounts.test/auth?state=" + call.getArgument(2));
		MockHttpSession session = new MockHttpSession();
		MvcResult consent = this.mvc
			.perform(post("/campaigns/dsp/client").param("clientId", "id")
				.param("clientSecret", "secret")
				.session(session)
				.with(csrf())
				.with(signedIn()))
			.andReturn();
		String state = consent.getResponse().getRedirectedUrl().replaceAll(".*state=", "");
		assertThat(state).hasSizeGreaterThanOrEqualTo(20);
		// a forged state is refused
		this.mvc
			.perform(get("/campaigns/dsp/callback").param("code", "c")
				.param("state", "forged")
				.session(session)
				.with(signedIn()))
			.andExpect(redirectedUrl("/campaigns/dsp"))
			.andExpect(flash().attribute("error", "campaigns.dsp.error.state"));
		then(this.credentials).should(never()).completeConsent(any(), anyString(), anyString());
	}

	@Test
	void should_complete_the_consent_with_the_state_it_issued() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("campaigns.dv360.state", "issued-state");
		this.mvc
			.perform(get("/campaigns/dsp/callback").param("code", "c")
				.param("state", "issued-state")
				.session(session)
				.with(signedIn()))
			.andExpect(redirectedUrl("/campaigns/dsp"))
			.andExpect(flash().attribute("message", "campaigns.dsp.saved"));
		then(this.credentials).should().completeConsent(eq(WORKSPACE), eq("c"), anyString());
	}

	@Test
	void should_refuse_a_key_file_in_the_readers_language() throws Exception {
		willThrow(new InvalidInputException("serviceAccountJson", "campaigns.dsp.error.not-json", new Object[0],
				"not JSON"))
			.given(this.credentials)
			.saveServiceAccount(WORKSPACE, "{");
		this.mvc
			.perform(post("/campaigns/dsp/service-account").param("serviceAccountJson", "{")
				.header("Accept-Language", "fr")
				.with(csrf())
				.with(signedIn()))
			.andExpect(redirectedUrl("/campaigns/dsp"))
			.andExpect(flash().attribute("error", "campaigns.dsp.error.not-json"));
	}

	private RequestPostProcessor signedIn() {
		CallerPrincipal principal = () -> this.caller;
		return authentication(new TestingAuthenticationToken(principal, null, List.of()));
	}

}
