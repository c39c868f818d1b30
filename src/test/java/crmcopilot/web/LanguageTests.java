package crmcopilot.web;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@CopilotIntegrationTest
class LanguageTests {

	private static final String FRENCH = "Connexion à crm-copilot";

	private static final String ENGLISH = "Sign in to crm-copilot";

	@LocalServerPort
	int port;

	@Test
	void should_speak_french_by_default() {
		String page = TestSession.anonymous(this.port).get("/login").body();

		assertThat(page).contains(FRENCH).contains("lang=\"fr\"").doesNotContain(ENGLISH);
	}

	@Test
	void should_follow_the_browser_language() {
		TestSession session = TestSession.anonymous(this.port);

		assertThat(session.get("/login", "Accept-Language", "en-GB,en;q=0.9").body()).contains(ENGLISH)
			.contains("lang=\"en\"");
		assertThat(session.get("/login", "Accept-Language", "de-DE").body()).contains(FRENCH);
	}

	@Test
	void should_keep_the_language_chosen_with_the_switch() {
		TestSession session = TestSession.anonymous(this.port);

		assertThat(session.get("/login?lang=en").body()).contains(ENGLISH);
		assertThat(session.cookie("copilot-lang")).contains("en");
		assertThat(session.get("/login").body()).contains(ENGLISH);
		assertThat(session.get("/login", "Accept-Language", "fr-FR").body()).contains(ENGLISH);

		assertThat(session.get("/login?lang=fr").body()).contains(FRENCH);
		assertThat(session.get("/login", "Accept-Language", "en").body()).contains(FRENCH);
	}

}
