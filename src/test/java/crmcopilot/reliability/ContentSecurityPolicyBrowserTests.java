package crmcopilot.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import crmcopilot.BrowserLogin;
import crmcopilot.CopilotIntegrationTest;
import crmcopilot.HeadlessChrome;
import crmcopilot.TestSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The main pages, with their charts and scripts, load under the Content-Security-Policy
 * without a single violation in the browser's console; every response carries the policy
 * and the Permissions-Policy.
 */
@CopilotIntegrationTest
@Tag("browser")
class ContentSecurityPolicyBrowserTests {

	private static final List<String> PAGES = List.of("/", "/support/dashboard", "/support/inbox", "/ai/usage",
			"/learning", "/opportunities", "/campaigns", "/matching/shoppers");

	private static final Path SHOTS = Path.of("target", "screenshots", "csp");

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void should_send_the_policies_with_every_page() {
		var login = TestSession.anonymous(this.port).get("/login");

		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(policy) -> assertThat(policy).contains("script-src 'self';").contains("object-src 'none'"));
		assertThat(login.headers().firstValue("Permissions-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()"));
	}

	@Test
	void should_load_the_main_pages_without_a_policy_violation() throws Exception {
		await().atMost(Duration.ofSeconds(120))
			.until(() -> TestSession.anonymous(this.port).get("/actuator/health/readiness").statusCode() == 200);
		ChromeOptions options = HeadlessChrome.frenchOptions("--window-size=1280,900");
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		this.browser = HeadlessChrome.start(options);
		String base = "http://localhost:" + this.port;
		BrowserLogin.login(this.browser, base, "admin@maison-demo.fr", "demo1234");
		Files.createDirectories(SHOTS);

		for (String page : PAGES) {
			this.browser.get(base + page);
			await().atMost(Duration.ofSeconds(15))
				.until(() -> "complete".equals(this.browser.executeScript("return document.readyState")));
			List<String> violations = this.browser.manage()
				.logs()
				.get(LogType.BROWSER)
				.getAll()
				.stream()
				.map(LogEntry::getMessage)
				.filter((message) -> message.contains("Content Security Policy") || message.contains("Refused to"))
				.toList();
			Files.write(SHOTS.resolve(page.replaceAll("[^a-z]+", "-") + "page.png"),
					this.browser.getScreenshotAs(OutputType.BYTES));

			assertThat(violations).as(page).isEmpty();
		}
	}

}
