package crmcopilot.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
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
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer writes through the public form; an agent finds the message triaged in the
 * inbox, corrects its category, replies, and the dashboard counts it.
 */
@CopilotIntegrationTest
@Tag("browser")
class SupportBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=fr");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private WebElement find(String css) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> driver.findElement(By.cssSelector(css)));
	}

	private void screenshot(String name) throws Exception {
		File file = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		Files.createDirectories(Path.of("target/screenshots"));
		Files.copy(file.toPath(), Path.of("target/screenshots/support-" + name + ".png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void a_form_message_is_triaged_corrected_answered_and_counted() throws Exception {
		Workspace workspace = SupportWebSession.newWorkspace(this.workspaces);
		String agent = "agent@" + workspace.slug() + ".test";
		this.users.create(workspace.id(), agent, "Agent Test", Role.AGENT, "password-1234");

		// a customer writes through the public form
		this.browser.get(url("/public/support/" + workspace.slug()));
		find("#name").sendKeys("Claire Dupont");
		find("#email").sendKeys("claire@client.test");
		find("#subject").sendKeys("Remboursement de ma robe");
		find("#message").sendKeys("Bonjour, je souhaite être remboursée de ma commande 48213, la robe ne me va pas.");
		find("#contact-send").click();
		assertThat(find("#form-sent").isDisplayed()).isTrue();
		screenshot("form");

		// the agent signs in and finds it triaged in the inbox
		this.browser.get(url("/login"));
		find("#username").sendKeys(agent);
		find("#password").sendKeys("password-1234");
		find("#login-form button[type=submit]").click();
		this.browser.get(url("/support"));
		WebElement row = find("#inbox-table tbody tr.ticket-row");
		assertThat(row.getText()).contains("Remboursement de ma robe").contains("claire@client.test");
		String category = row.findElement(By.cssSelector(".ticket-category")).getText();
		assertThat(category).isNotBlank();
		screenshot("inbox");

		// corrects the category and replies with the pre-filled answer
		row.findElement(By.cssSelector("a.ticket-link")).click();
		String corrected = "Remboursement".equals(category) ? "Réclamation" : "Remboursement";
		new Select(find("#categorie-select")).selectByValue(corrected);
		find("#categorie-save").click();
		assertThat(new Select(find("#categorie-select")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(corrected);
		assertThat(find("#reply-text").getAttribute("value")).startsWith("Bonjour");
		find("#reply-send").click();
		assertThat(find("#thread").findElements(By.cssSelector(".msg"))).hasSize(2);
		screenshot("ticket");

		// the dashboard counts the message, the human answer and the correction
		this.browser.get(url("/support/dashboard"));
		assertThat(find("#kpi-messages").getText()).isEqualTo("1");
		assertThat(find("#kpi-escalade").getText()).isEqualTo("1");
		assertThat(find("#kpi-accuracy").getText()).contains("0");
		screenshot("dashboard");

		// and in English too
		this.browser.get(url("/support/dashboard?lang=en"));
		assertThat(find("h1").getText()).isEqualTo("Dashboard");
	}

}
