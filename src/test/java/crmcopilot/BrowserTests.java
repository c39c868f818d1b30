package crmcopilot;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in headless Chromium: signs in, sees the dashboard, switches to English and
 * back, signs out. Screenshots go to {@code target/screenshots/}.
 */
@CopilotIntegrationTest
@Tag("browser")
class BrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws IOException {
		this.browser = HeadlessChrome.start(HeadlessChrome.frenchOptions("--window-size=1280,900"));
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void should_sign_in_see_the_dashboard_switch_language_and_sign_out() throws IOException {
		this.browser.get("http://localhost:" + this.port + "/login");
		assertThat(heading()).isEqualTo("Connexion à crm-copilot");
		screenshot("01-login");

		BrowserLogin.submitCredentials(this.browser, "admin@maison-demo.fr", "demo1234");
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tableau de bord — Maison Démo"));
		assertThat(this.browser.findElement(By.cssSelector("nav.mainnav")).getText()).contains("Journal");
		assertThat(this.browser.findElement(By.id("account-link")).getText()).isEqualTo("Alice Admin");
		screenshot("02-dashboard");

		this.browser.findElement(By.id("lang-en")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard — Maison Démo"));
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		screenshot("03-dashboard-en");

		this.browser.findElement(By.id("lang-fr")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tableau de bord — Maison Démo"));

		this.browser.manage().window().setSize(new Dimension(390, 844));
		this.browser.navigate().refresh();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tableau de bord — Maison Démo"));
		screenshot("04-dashboard-phone");
		this.browser.manage().window().setSize(new Dimension(1280, 900));

		this.browser.findElement(By.id("logout")).click();
		this.wait.until(ExpectedConditions.urlContains("/login?logout"));
		assertThat(this.browser.findElement(By.cssSelector("p.flash.success")).getText())
			.isEqualTo("Vous êtes déconnecté.");
		screenshot("05-signed-out");

		this.browser.get("http://localhost:" + this.port + "/");
		this.wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(heading()).isEqualTo("Connexion à crm-copilot");
	}

	private String heading() {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
	}

	private void screenshot(String name) throws IOException {
		File file = ((ChromeDriver) this.browser).getScreenshotAs(OutputType.FILE);
		Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
