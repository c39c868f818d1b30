package crmcopilot.opportunities;

import crmcopilot.HeadlessChrome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Paste a note, review the draft, approve it, find the opportunity in the local CRM. */
@CopilotIntegrationTest
@Tag("browser")
class OpportunityReviewBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	private WebDriver driver;

	@BeforeEach
	void startBrowser() {
		ChromeOptions options = HeadlessChrome.options();
		this.driver = HeadlessChrome.start(options);
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void should_paste_review_approve_and_find_the_opportunity_in_the_crm() throws Exception {
		String slug = "oppb-" + UUID.randomUUID().toString().substring(0, 8);
		UUID ws = this.workspaces
			.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Africa/Dakar", PrivacyLevel.PRIVATE, false))
			.id();
		String email = "rep@" + slug + ".example";
		this.users.create(ws, email, "Commercial", Role.AGENT, "secret-pass-123");
		String base = "http://127.0.0.1:" + this.port;

		this.driver.get(base + "/login");
		this.driver.findElement(By.id("username")).sendKeys(email);
		this.driver.findElement(By.id("password")).sendKeys("secret-pass-123");
		this.driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		// the next page is asked for once signed in, not while the sign-in is under way
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		this.driver.get(base + "/opportunities?lang=fr");
		this.driver.findElement(By.id("text"))
			.sendKeys("RDV chez Orabank Togo à Lomé avec Koffi Agbodjan (DAF). Besoin de 200 licences Sage. "
					+ "Montant autour de 18 000 000 FCFA. Signature prévue fin de semaine prochaine.");
		this.driver.findElement(By.id("extract")).click();
		Files.writeString(Path.of("target", "opportunity-review.html"), this.driver.getPageSource());

		assertThat(this.driver.findElement(By.id("f-accountName")).getAttribute("value")).isEqualTo("Orabank Togo");
		assertThat(this.driver.findElement(By.id("f-country")).getAttribute("value")).isEqualTo("Togo");
		assertThat(this.driver.findElements(By.cssSelector("#source-text mark[data-field=accountName]"))).isNotEmpty();
		screenshot("opportunity-review.png");
		this.driver.findElement(By.id("f-nextStep")).sendKeys("Envoyer la proposition");
		this.driver.findElement(By.id("approve")).click();

		new org.openqa.selenium.support.ui.WebDriverWait(this.driver, Duration.ofSeconds(20))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.id("draft-status"), "Approuvé"));
		assertThat(this.driver.findElement(By.id("draft-status")).getText()).isEqualTo("Approuvé");
		this.driver.findElement(By.id("account-link-crm")).click();
		assertThat(this.driver.findElement(By.id("account-name")).getText()).isEqualTo("Orabank Togo");
		assertThat(this.driver.findElement(By.id("account-opportunities")).getText())
			.contains("Orabank Togo – 200 licences Sage");
		assertThat(this.driver.findElement(By.id("account-contacts")).getText()).contains("Koffi Agbodjan");
		screenshot("opportunity-in-crm.png");
	}

	private void screenshot(String name) throws Exception {
		Path target = Path.of("target", name);
		Files.write(target, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
	}

}
