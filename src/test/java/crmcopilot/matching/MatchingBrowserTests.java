package crmcopilot.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import crmcopilot.BrowserLogin;
import crmcopilot.CopilotIntegrationTest;
import crmcopilot.HeadlessChrome;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client fills the public form and sees ranked shoppers; after the manager's batch
 * assignment, the shopper signs in and reads the client's pre-brief.
 */
@CopilotIntegrationTest
@Tag("browser")
class MatchingBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	MatchingService matching;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws IOException {
		this.browser = HeadlessChrome.start(HeadlessChrome.frenchOptions("--window-size=1280,1600"));
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void a_client_finds_shoppers_and_the_shopper_reads_the_prebrief() throws IOException {
		String slug = "mb-" + UUID.randomUUID().toString().substring(0, 8);
		Workspace ws = this.workspaces.create(new Workspaces.NewWorkspace(slug, "Atelier Navigateur", "fr",
				"Europe/Paris", PrivacyLevel.PRIVATE, false));
		String shopperEmail = "lea-" + slug + "@example.com";
		this.matching.saveShopper(ws.id(),
				new ShopperProfile(UUID.randomUUID(), "Léa Martin", shopperEmail, "Lyon", null, null,
						Set.of(Mode.IN_PERSON, Mode.REMOTE), Set.of("bohème", "vintage"), 50, 150, Set.of("mariage"),
						Set.of("naissance"), Set.of("sablier"), Set.of("fr"), Set.of("bohème"), 4, Set.of("samedi"),
						null, "Mariage, couleurs et créateurs", 25));
		this.users.create(ws.id(), shopperEmail, "Léa Martin", Role.SHOPPER, "a-long-test-password");

		String base = "http://localhost:" + this.port;
		this.browser.get(base + "/public/matching/" + slug);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("client-form")));
		this.browser.findElement(By.id("name")).sendKeys("Camille Roux");
		this.browser.findElement(By.id("email")).sendKeys("camille-" + slug + "@example.com");
		this.browser.findElement(By.id("city")).sendKeys("Villeurbanne");
		this.browser.findElement(By.cssSelector("#mode option[value='presentiel']")).click();
		this.browser.findElement(By.cssSelector("input[name='styles'][value='bohème']")).click();
		this.browser.findElement(By.id("budget")).sendKeys("120");
		this.browser.findElement(By.cssSelector("input[name='goals'][value='mariage']")).click();
		this.browser.findElement(By.cssSelector("input[name='availability'][value='samedi']")).click();
		this.browser.findElement(By.id("submit")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error")));
		assertThat(this.browser.getPageSource()).contains("Votre consentement est nécessaire");
		screenshot("matching-01-consent-missing");

		this.browser.findElement(By.id("consent")).click();
		this.browser.findElement(By.id("returnLink")).click();
		this.browser.findElement(By.id("submit")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ranked")));
		assertThat(this.browser.findElement(By.cssSelector("#ranked .shopper-name")).getText()).contains("Léa Martin");
		assertThat(this.browser.findElement(By.id("explanation")).getText()).contains("Léa Martin", "bohème");
		String returnLink = this.browser.findElement(By.cssSelector("#return-link a")).getAttribute("href");
		assertThat(returnLink).contains("/public/matching/" + slug + "/return/");
		screenshot("matching-02-result");

		// the client comes back later through the link and picks the shopper
		this.browser.get(returnLink);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assignment")));
		this.browser.findElement(By.cssSelector("#ranked button.choose")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignment"), "Léa Martin"));
		screenshot("matching-02b-return-link");

		BrowserLogin.login(this.browser, base, shopperEmail, "a-long-test-password");
		this.browser.get(base + "/matching/space");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-clients")));
		this.browser.findElement(By.linkText("Camille Roux")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("prebrief")));
		assertThat(this.browser.findElement(By.id("brief-summary")).getText()).contains("Camille Roux", "Villeurbanne",
				"120");
		assertThat(this.browser.findElement(By.id("prebrief")).getText()).contains("Questions à poser", "mariage");
		screenshot("matching-03-prebrief");
	}

	private void screenshot(String name) throws IOException {
		Path file = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
