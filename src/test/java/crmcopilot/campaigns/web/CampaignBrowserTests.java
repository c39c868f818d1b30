package crmcopilot.campaigns.web;

import crmcopilot.HeadlessChrome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager of the demo workspace runs the nine steps on the demo tables, up to the
 * brief.
 */
@CopilotIntegrationTest
@Tag("browser")
class CampaignBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	JdbcClient jdbc;

	private WebDriver driver;

	@BeforeEach
	void startBrowser() {
		ChromeOptions options = HeadlessChrome.frenchOptions("--window-size=1366,2000");
		this.driver = HeadlessChrome.start(options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void should_run_the_demo_pipeline_to_the_brief() throws IOException {
		UUID demo = this.workspaces.demo().orElseThrow().id();
		new WebDriverWait(this.driver, Duration.ofSeconds(60))
			.until((d) -> this.jdbc.sql("SELECT COUNT(*) FROM demo_seg_client WHERE workspace_id = ?")
				.param(demo)
				.query(Long.class)
				.single() >= 5000);
		login();
		open("/campaigns/new");
		this.driver.findElement(By.id("prefill")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).ignoring(NoSuchElementException.class)
			.until((d) -> d.findElement(By.id("targets")).isDisplayed());
		assertThat(this.driver.findElement(By.id("targets")).getDomProperty("value")).isEqualTo("CSP, CSP+");
		this.driver.findElement(By.id("name")).sendKeys("Recrutement CSP / CSP+");
		this.driver.findElement(By.id("confirm")).click();
		waitForText(By.id("platform"), "Google Ads Performance Max");
		this.driver.findElement(By.id("source-demo")).click();
		waitForText(By.id("step-2"), "lignes");
		assertThat(this.driver.findElement(By.id("step-2")).getText()).containsPattern("5[\\s\u202f\u00a0]?000 lignes");
		this.driver.findElement(By.id("analyse")).click();
		waitForText(By.id("segmentation-result"), "k = 4");
		assertThat(this.driver.findElements(By.cssSelector(".persona"))).hasSize(4);
		// one persona is recommended for the brief, each says how well it fits
		assertThat(this.driver.findElements(By.cssSelector(".persona .recommended"))).hasSize(1);
		assertThat(this.driver.findElements(By.cssSelector(".persona .persona-fit"))).hasSize(4);
		// the profile is two heatmaps, one colour scale each (z-scores, indices)
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until((d) -> !d.findElements(By.cssSelector("#chart-heatmap-categories canvas")).isEmpty());
		assertThat(this.driver.findElements(By.cssSelector("#chart-heatmap-numeric canvas"))).isNotEmpty();
		assertThat(this.driver.findElements(By.id("summary"))).isEmpty();
		this.driver.findElement(By.id("choose-2")).click();
		this.driver.findElement(By.id("reason")).sendKeys("Cible CSP+ prioritaire");
		this.driver.findElement(By.id("choose")).click();
		waitForText(By.id("choice-done"), "Cible CSP+ prioritaire");
		waitForText(By.id("summary"), "Acquisition");
		waitForText(By.id("dsp-variables"), "householdIncome");
		screenshot("campaign-run");
		String runUrl = this.driver.getCurrentUrl();
		String briefUrl = this.driver.findElement(By.id("brief-html")).getDomAttribute("href");
		String pdfUrl = this.driver.findElement(By.id("brief-pdf")).getDomAttribute("href");
		open(briefUrl);
		// a brief a marketer presents: the campaign's name, readable signals, no raw JSON
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Recrutement CSP / CSP+");
		assertThat(this.driver.getPageSource()).contains("Signaux d'audience", "Messages clés")
			.doesNotContain("INCOME_RANGE_", "incomeRanges", "confiance )");
		screenshot("campaign-brief");
		savePdf(pdfUrl);
		// a phone: the run page and the brief scroll vertically only
		this.driver.manage().window().setSize(new Dimension(390, 844));
		for (String page : new String[] { runUrl, briefUrl }) {
			open(page);
			new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until((d) -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
			screenshot(page.equals(runUrl) ? "campaign-run-390" : "campaign-brief-390");
			assertThat(horizontalOverflow()).as(page + " at 390 px: " + overflowing()).isLessThanOrEqualTo(0);
		}
		open("/campaigns?lang=en");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Marketing campaigns");
	}

	@Test
	void should_segment_the_marketing_data_set_by_k_means_then_rfm() throws IOException {
		login();
		open("/campaigns/new");
		this.driver.findElement(By.id("prefill")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).ignoring(NoSuchElementException.class)
			.until((d) -> d.findElement(By.id("targets")).isDisplayed());
		this.driver.findElement(By.id("name")).sendKeys("Rentrée · marketing_campaign");
		this.driver.findElement(By.id("confirm")).click();
		waitForText(By.id("platform"), "Google Ads Performance Max");
		((JavascriptExecutor) this.driver)
			.executeScript("document.querySelectorAll('#step-2 details').forEach((d) => d.open = true)");
		this.driver.findElement(By.id("csv-file"))
			.sendKeys(Path.of("eval/campaigns/marketing_campaign_consents.tsv").toAbsolutePath().toString());
		this.driver.findElement(By.id("upload-csv")).click();
		waitForText(By.id("step-2"), "lignes");
		assertThat(this.driver.findElement(By.id("step-2")).getText()).containsPattern("2[\\s\u202f\u00a0]?240 lignes");
		this.driver.findElement(By.id("analyse")).click();
		waitForText(By.id("segmentation-result"), "k = 4");
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until((d) -> !d.findElements(By.cssSelector("#chart-heatmap-categories canvas")).isEmpty());
		screenshot("marketing-kmeans");
		new org.openqa.selenium.support.ui.Select(this.driver.findElement(By.id("method"))).selectByValue("rfm");
		this.driver.findElement(By.id("analyse")).click();
		waitForText(By.id("segmentation-result"), "RFM");
		assertThat(this.driver.findElements(By.cssSelector(".persona"))).hasSizeGreaterThanOrEqualTo(4);
		assertThat(this.driver.findElement(By.id("step-6")).getText()).contains("Champions");
		screenshot("marketing-rfm");
		this.driver.manage().window().setSize(new Dimension(390, 844));
		open(this.driver.getCurrentUrl());
		screenshot("marketing-rfm-390");
		assertThat(horizontalOverflow()).as("390 px: " + overflowing()).isLessThanOrEqualTo(0);
	}

	private void login() {
		open("/login");
		this.driver.findElement(By.id("username")).sendKeys("manager@maison-demo.fr");
		this.driver.findElement(By.id("password")).sendKeys("demo1234");
		this.driver.findElement(By.id("login-submit")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).until((d) -> !d.getCurrentUrl().contains("/login"));
	}

	/**
	 * Waits until the element of the page just loaded shows the text (the click
	 * navigates).
	 */
	private void waitForText(By locator, String text) {
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
			.ignoring(NoSuchElementException.class)
			.until((d) -> d.findElement(locator).getText().contains(text));
	}

	/** How much wider than the window the page is, in CSS pixels. */
	private long horizontalOverflow() {
		return (Long) ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
	}

	/** The elements that stick out of the window on the right, to say what to fix. */
	private Object overflowing() {
		return ((JavascriptExecutor) this.driver).executeScript(
				"""
						return [...document.querySelectorAll('body *')]
							.filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth && e.parentElement.getBoundingClientRect().right <= document.documentElement.clientWidth)
							.slice(0, 12)
							.map((e) => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
						""");
	}

	/** Downloads the PDF brief with the browser's session, next to the screenshots. */
	private void savePdf(String path) throws IOException {
		Cookie session = this.driver.manage().getCookieNamed("JSESSIONID");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", "JSESSIONID=" + session.getValue())
			.header("Accept-Language", "fr-FR,fr")
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
				.isEqualTo("%PDF-");
			Path target = Path.of("target", "screenshots");
			Files.createDirectories(target);
			Files.write(target.resolve("campaign-brief.pdf"), response.body());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private void open(String path) {
		this.driver.get(path.startsWith("http") ? path : "http://localhost:" + this.port + path);
	}

	private void screenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots");
		Files.createDirectories(target);
		Files.write(target.resolve(name + ".png"), ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
	}

}
