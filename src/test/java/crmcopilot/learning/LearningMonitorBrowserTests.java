package crmcopilot.learning;

import crmcopilot.HeadlessChrome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.demo.DemoMerchants;
import crmcopilot.learning.internal.drift.DriftMonitor;
import crmcopilot.learning.internal.training.Deployments;
import crmcopilot.learning.internal.training.ModelTraining;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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

	@Autowired
	ModelTraining training;

	@Autowired
	DriftMonitor drift;

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
		Merchant merchant = merchantWithSessions("monitor-");
		UUID workspace = merchant.workspace();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(30));

		// when the manager signs in, trains and deploys from the monitor
		signIn(merchant.email(), wait);
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

	@Test
	void a_manager_sees_the_drift_alert_of_the_deployed_model_on_a_desktop_and_on_a_phone() throws Exception {
		// given a merchant whose deployed model predicts far fewer orders than this
		// week's sessions brought
		Merchant merchant = merchantWithSessions("drift-");
		UUID workspace = merchant.workspace();
		TrainingRun run = this.training.train(workspace, "test");
		this.deployments.deploy(workspace, run.id(), "test", Deployments.DeployRequest.of("first model"));
		this.data.importDataset(workspace, "sessions-week.csv", "purchased", withNewSessions(DemoMerchants.csv(6, 400),
				DemoMerchants.csv(2, 120), LocalDate.now(ZoneOffset.UTC).toString()), "test");
		assertThat(this.drift.check(workspace)).isPresent();

		// when the manager opens the monitor
		signIn(merchant.email(), new WebDriverWait(this.driver, Duration.ofSeconds(30)));
		this.driver.get("http://127.0.0.1:" + this.port + "/learning?lang=fr");

		// then
		WebElement alert = this.driver.findElement(By.cssSelector("#drift [role=alert]"));
		assertThat(alert.getText()).contains("Dérive détectée sur le modèle v1", "Prochaine étape");
		assertThat(this.driver.findElements(By.cssSelector("#drift tbody tr"))).hasSize(1);
		screenshot(1366, "monitor-drift-1366.png");
		screenshot(390, "monitor-drift-390.png");
	}

	record Merchant(UUID workspace, String email) {
	}

	/** A fresh merchant with a manager and 400 imported sessions. */
	private Merchant merchantWithSessions(String prefix) {
		String slug = prefix + UUID.randomUUID().toString().substring(0, 8);
		UUID workspace = this.workspaces
			.create(new Workspaces.NewWorkspace(slug, "Boutique " + slug, "fr", "Europe/Paris", PrivacyLevel.PRIVATE,
					false))
			.id();
		String email = "manager@" + slug + ".test";
		this.users.create(workspace, email, "Gérante", Role.MANAGER, TestMerchant.PASSWORD);
		this.data.importDataset(workspace, "sessions.csv", "purchased", DemoMerchants.csv(6, 400), "test");
		return new Merchant(workspace, email);
	}

	private void signIn(String email, WebDriverWait wait) {
		this.driver.get("http://127.0.0.1:" + this.port + "/login");
		this.driver.findElement(By.id("username")).sendKeys(email);
		this.driver.findElement(By.id("password")).sendKeys(TestMerchant.PASSWORD);
		this.driver.findElement(By.id("login-form")).submit();
		wait.until((d) -> !d.getCurrentUrl().contains("/login"));
	}

	/**
	 * The rows of {@code old} undated, then those of {@code fresh} dated {@code day}, all
	 * converted.
	 */
	static byte[] withNewSessions(byte[] old, byte[] fresh, String day) {
		List<String> lines = new java.util.ArrayList<>();
		List<String> oldLines = new String(old, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
		List<String> header = List.of(oldLines.get(0).split(","));
		int label = header.indexOf("purchased");
		lines.add(oldLines.get(0) + ",session_date");
		oldLines.stream().skip(1).forEach((line) -> lines.add(line + ","));
		new String(fresh, java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).forEach((line) -> {
			String[] cells = line.split(",", -1);
			cells[label] = "1";
			lines.add(String.join(",", cells) + "," + day);
		});
		return String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private void screenshot(int width, String name) throws Exception {
		this.driver.manage().window().setSize(new Dimension(width, 900));
		Number height = (Number) ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollHeight");
		this.driver.manage().window().setSize(new Dimension(width, height.intValue() + 120));
		// nothing wider than the window: no sideways scrolling
		assertThat((Boolean) ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.isTrue();
		Path shots = Path.of("target", "shots");
		Files.createDirectories(shots);
		Files.write(shots.resolve(name), ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
	}

}
