package crmcopilot.crm.salesforce.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import crmcopilot.crm.SalesforceConnector;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.CallerPrincipal;
import crmcopilot.workspace.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The Salesforce connection forms without Salesforce: where each one leads. */
@WebMvcTest(SalesforceController.class)
class SalesforceControllerTests {

	private static final UUID WORKSPACE = UUID.randomUUID();

	private final Caller caller = new Caller(WORKSPACE, "Maison Démo", UUID.randomUUID(), null, "Admin", "admin@test",
			Role.ADMIN, Set.of("crm.accounts.view", "crm.salesforce"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SalesforceConnector salesforce;

	@Test
	void should_send_the_user_to_the_authorisation_page_of_the_chosen_host() throws Exception {
		given(this.salesforce.authorizationUrl(eq(WORKSPACE), eq("admin@test"), eq("test"), anyString()))
			.willReturn("https://test.salesforce.com/services/oauth2/authorize?state=s");

		this.mvc.perform(post("/opportunities/salesforce/connect").param("host", "test").with(csrf()).with(signedIn()))
			.andExpect(redirectedUrl("https://test.salesforce.com/services/oauth2/authorize?state=s"));
	}

	@Test
	void should_show_a_refused_host_next_to_its_field_with_its_message_key() throws Exception {
		given(this.salesforce.authorizationUrl(eq(WORKSPACE), eq("admin@test"), eq("evil.example.com"), anyString()))
			.willThrow(new InvalidInputException("host", "crm.salesforce.error.host",
					new Object[] { "evil.example.com" }, "use login, test or your My Domain host"));
		given(this.salesforce.status(WORKSPACE)).willReturn(SalesforceConnector.Status.notConnected());

		this.mvc
			.perform(post("/opportunities/salesforce/connect").param("host", "evil.example.com")
				.with(csrf())
				.with(signedIn()))
			.andExpect(status().isOk())
			.andExpect(view().name("crm/salesforce"))
			.andExpect(model().attributeHasFieldErrorCode("connectForm", "host", "crm.salesforce.error.host"));
	}

	@Test
	void should_complete_the_authorisation_from_the_callback_and_say_so() throws Exception {
		this.mvc
			.perform(get("/opportunities/salesforce/callback").param("code", "c").param("state", "s").with(signedIn()))
			.andExpect(redirectedUrl("/opportunities/salesforce"))
			.andExpect(flash().attribute("message", "opportunities.salesforce.connected"));
		then(this.salesforce).should().completeAuthorization(WORKSPACE, "admin@test", "s", "c");
	}

	@Test
	void should_disconnect_and_say_so() throws Exception {
		this.mvc.perform(post("/opportunities/salesforce/disconnect").with(csrf()).with(signedIn()))
			.andExpect(redirectedUrl("/opportunities/salesforce"))
			.andExpect(flash().attribute("message", "opportunities.salesforce.disconnected"));
		then(this.salesforce).should().disconnect(WORKSPACE, "admin@test");
	}

	private RequestPostProcessor signedIn() {
		CallerPrincipal principal = () -> this.caller;
		return authentication(new TestingAuthenticationToken(principal, null, List.of()));
	}

}
