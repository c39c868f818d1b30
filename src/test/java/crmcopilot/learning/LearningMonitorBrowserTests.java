package crmcopilot.learning;

import crmcopilot.HeadlessChrome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.demo.DemoMerchants;
import crmcopilot.learning.internal.training.Deployments;
import crmcopilot.learning.internal.training.TrainingData;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("browser")
@CopilotIntegrationTest
class LearningMonitorBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	TrainingData data;

	@Autowired
	Deployments deployments;

	WebDriver driver;

	@BeforeEach
	void startBrowser() {
		ChromeOptions options = HeadlessChrome.options("--window-size=1280,1600");
		this.driver = HeadlessChrome.start(options);
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void a_manager_trains_sees_the_run_and_deploys_it() throws Exception {
		// given a merchant with imported sessions
		String slug = "monitor-" + UUID.randomUUID().toString().substring(0, 8);
		UUID workspace = this.workspaces
			.create(new Workspaces.NewWorkspace(slug, "Boutique " + slug, "fr", "Europe/Paris", PrivacyLevel.PRIVATE,
					false))
			.id();
		String email = "manager@" + slug + ".test";
		this.users.create(workspace, email, "Gérante", Role.MANAGER, TestMerchant.PASSWORD);
		this.data.importDataset(workspace, "sessions.csv", "purchased", DemoMerchants.csv(6, 400), "test");
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(30));

		// when the manager signs in, trains and deploys from the monitor
		this.driver.get("http://127.0.0.1:" + this.port + "/login");
		this.driver.findElement(By.id("username")).sendKeys(email);
		this.driver.findElement(By.id("password")).sendKeys(TestMerchant.PASSWORD);
		this.driver.findElement(By.id("login-form")).submit();
		wait.until((d) -> !d.getCurrentUrl().contains("/login"));
		this.driver.get("http://127.0.0.1:" + this.port + "/learning?lang=fr");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Moniteur IA");
		assertThat(this.driver.findElements(By.cssSelector("#runs tbody tr[data-run]"))).isEmpty();
		this.driver.findElement(By.id("train-now")).click();
		wait.until((d) -> !d.findElements(By.cssSelector("#runs tbody tr[data-run]")).isEmpty());
		List<WebElement> rows = this.driver.findElements(By.cssSelector("#runs tbody tr[data-run]"));
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).getText()).contains("v1").contains("Local");
		rows.get(0).findElement(By.cssSelector("button.deploy")).click();
		wait.until((d) -> !d.findElements(By.cssSelector("#runs tbody tr[data-run] .badge")).isEmpty());

		// then
		assertThat(this.driver.findElement(By.cssSelector("#runs tbody tr[data-run] .badge")).getText())
			.isEqualTo("Déployé");
		assertThat(this.driver.findElement(By.id("learning-config")).getText()).contains("v1");
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "learning-monitor.png"),
				((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		assertThat(this.deployments.runs(workspace)).singleElement().matches(TrainingRun::deployed);
	}

}
