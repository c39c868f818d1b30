package crmcopilot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a person of the demo workspace reaches from the home page, read in French:
 * no English word outside a customer's own words (marked with their {@code lang}), no
 * value printed as a program prints it. The findings go to {@code target/page-walk/}.
 */
@Tag("pages")
@CopilotIntegrationTest
class OneLanguagePageWalkTests {

	private static final String DEMO_PASSWORD = "demo1234";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void demoSeeded() {
		DemoData.awaitSeeded(this.jdbc);
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "manager", "agent", "shopper", "viewer", "ops" })
	void should_show_every_page_reached_from_home_in_french_only(String role) throws IOException {
		// given a person of this role signed in
		TestSession session = TestSession.signedIn(this.port, role + "@maison-demo.fr", DEMO_PASSWORD);

		// when they follow every link from the home page
		List<PageWalk.Page> pages = new PageWalk(session, "fr-FR,fr", 120).walk("/");

		// then no page shows an English word or a program's value
		ForeignWords english = new ForeignWords("fr", ForeignWords.ENGLISH, true);
		List<String> findings = new ArrayList<>();
		for (PageWalk.Page page : pages) {
			english.findings(page.document()).forEach((finding) -> findings.add(page.path() + " : " + finding));
		}
		Path report = Path.of("target", "page-walk", role + "-fr.txt");
		Files.createDirectories(report.getParent());
		Files.write(report, findings);
		Files.write(report.resolveSibling(role + "-pages.txt"), pages.stream().map(PageWalk.Page::path).toList());
		assertThat(pages).as("pages reached by %s", role).hasSizeGreaterThan(3);
		assertThat(findings).as("English on the French pages of %s (%d pages)", role, pages.size()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin" })
	void should_show_every_page_reached_from_home_in_english_only_outside_the_workspace_data(String role)
			throws IOException {
		// given a person of this role signed in, who reads English
		TestSession session = TestSession.signedIn(this.port, role + "@maison-demo.fr", DEMO_PASSWORD);
		session.get("/?lang=en");

		// when they follow every link from the home page
		List<PageWalk.Page> pages = new PageWalk(session, "en", 120).walk("/");

		// then the screens' own texts are English (the French demo's data stays French)
		ForeignWords french = new ForeignWords("en", ForeignWords.FRENCH, false);
		List<String> findings = new ArrayList<>();
		for (PageWalk.Page page : pages) {
			french.findings(page.document()).forEach((finding) -> findings.add(page.path() + " : " + finding));
		}
		Path report = Path.of("target", "page-walk", role + "-en.txt");
		Files.createDirectories(report.getParent());
		Files.write(report, findings);
		assertThat(pages).as("pages reached by %s", role).hasSizeGreaterThan(3);
		assertThat(findings).as("French on the English pages of %s (%d pages)", role, pages.size()).isEmpty();
	}

}
