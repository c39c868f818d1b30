package crmcopilot.learning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.HeadlessChrome;
import crmcopilot.learning.internal.ModelType;
import crmcopilot.learning.internal.training.Deployments;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The monitor of the demo workspace, as its operator sees it on a laptop and on a phone:
 * nothing wider than the screen, and screenshots in {@code target/} to look at.
 */
@Tag("browser")
@CopilotIntegrationTest
class LearningMonitorLayoutBrowserTests {

	private static final String OPS = "ops@maison-demo.fr";

	private static final String DEMO_PASSWORD = "demo1234";

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	Deployments deployments;

	ChromeDriver driver;

	@BeforeEach
	void startBrowser() {
		this.driver = HeadlessChrome.start(HeadlessChrome.frenchOptions("--window-size=1366,900"));
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void should_fit_the_monitor_in_a_phone_and_a_laptop_screen() throws Exception {
		// given the demo merchants trained, federated and offered their federated models
		// (the demo seeds them after start-up, the last merchant last)
		UUID last = await().atMost(Duration.ofMinutes(3))
			.until(() -> this.workspaces.findBySlug("demo-merchant-12"), Optional::isPresent)
			.orElseThrow()
			.id();
		await().atMost(Duration.ofMinutes(3))
			.until(() -> this.deployments.runs(last)
				.stream()
				.anyMatch((run) -> run.modelType() == ModelType.PERSONALIZED));
		signIn();

		for (int width : new int[] { 1366, 390 }) {
			// when the monitor is shown this wide
			long overflow = overflowAt(width);

			// then nothing is wider than the screen, and the facts of the configuration
			// card are read on a line or two, not one character per line
			assertThat(overflow).as("horizontal overflow at %d px", width).isZero();
			assertThat(longestFact()).as("lines of the longest fact at %d px", width).isBetween(1L, 3L);
		}
		// and the comparison on the merchant's held-out rows is not cut on a laptop
		overflowAt(1366);
		String federation = this.driver.findElement(By.id("federation")).getText();
		assertThat(federation).contains("Boutique démo 08")
			.contains("garde le modèle local")
			.containsPattern("Le modèle (global|personnalisé) fait mieux que son modèle local");
		assertThat((Long) this.driver.executeScript(
				"var wrap = document.querySelector('#comparison .table-wrap'); return wrap.scrollWidth - wrap.clientWidth"))
			.isZero();
	}

	/** The most lines a value of the configuration card's facts takes. */
	private long longestFact() {
		return (Long) this.driver.executeScript("return Math.max.apply(null, Array.from("
				+ "document.querySelectorAll('.learning-fact span')).map(function (e) { return e.getClientRects().length; }))");
	}

	private void signIn() {
		this.driver.get("http://127.0.0.1:" + this.port + "/login");
		this.driver.findElement(By.id("username")).sendKeys(OPS);
		this.driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
		this.driver.findElement(By.id("login-form")).submit();
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until((d) -> !d.getCurrentUrl().contains("/login"));
	}

	/**
	 * How many pixels the page is wider than a screen of this width; saves a screenshot.
	 */
	private long overflowAt(int width) throws Exception {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
		this.driver.get("http://127.0.0.1:" + this.port + "/learning");
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until((d) -> "complete".equals(this.driver.executeScript("return document.readyState")));
		long height = (Long) this.driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "learning-monitor-" + width + ".png"),
				this.driver.getScreenshotAs(OutputType.BYTES));
		return (Long) this.driver
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
	}

}
