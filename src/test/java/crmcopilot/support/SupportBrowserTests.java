package crmcopilot.support;

import crmcopilot.HeadlessChrome;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

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
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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
		ChromeOptions options = HeadlessChrome.options();
		this.browser = HeadlessChrome.start(options);
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
		return until((driver) -> driver.findElement(By.cssSelector(css)));
	}

	/**
	 * Waits for a condition on the page, looking elements up afresh each time: clicks
	 * navigate and the inbox refreshes itself, so an element found earlier can go stale.
	 */
	private <T> T until(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.ignoring(NoSuchElementException.class)
			.until(condition);
	}

	private String text(WebDriver driver, String css) {
		return driver.findElement(By.cssSelector(css)).getText();
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
		until((driver) -> driver.findElement(By.cssSelector("#form-sent")).isDisplayed());
		screenshot("form");

		// the agent signs in and finds it triaged in the inbox
		this.browser.get(url("/login"));
		find("#username").sendKeys(agent);
		find("#password").sendKeys("password-1234");
		find("#login-form button[type=submit]").click();
		until((driver) -> !driver.getCurrentUrl().contains("/login"));
		this.browser.get(url("/support"));
		String row = "#inbox-table tbody tr.ticket-row";
		until((driver) -> text(driver, row).contains("Remboursement de ma robe")
				&& text(driver, row).contains("claire@client.test"));
		String category = until((driver) -> text(driver, row + " .ticket-category"));
		assertThat(category).isNotBlank();
		screenshot("inbox");

		// corrects the category and replies with the pre-filled answer
		until((driver) -> {
			driver.findElement(By.cssSelector(row + " a.ticket-link")).click();
			return true;
		});
		until((driver) -> driver.findElement(By.cssSelector("#categorie-select")));
		String corrected = "Remboursement".equals(category) ? "Réclamation" : "Remboursement";
		new Select(find("#categorie-select")).selectByValue(corrected);
		find("#categorie-save").click();
		until((driver) -> corrected
			.equals(new Select(driver.findElement(By.cssSelector("#categorie-select"))).getFirstSelectedOption()
				.getDomProperty("value")));
		String reply = until((driver) -> driver.findElement(By.cssSelector("#reply-text")).getDomProperty("value"));
		assertThat(reply).startsWith("Bonjour");
		find("#reply-send").click();
		until((driver) -> driver.findElements(By.cssSelector("#thread .msg")).size() == 2);
		screenshot("ticket");

		// the dashboard counts the message, the human answer and the correction
		this.browser.get(url("/support/dashboard"));
		until((driver) -> "1".equals(text(driver, "#kpi-messages")));
		String escalated = until((driver) -> text(driver, "#kpi-escalade"));
		String accuracy = until((driver) -> text(driver, "#kpi-accuracy"));
		assertThat(escalated).isEqualTo("1");
		assertThat(accuracy).contains("0");
		screenshot("dashboard");

		// and in English too
		this.browser.get(url("/support/dashboard?lang=en"));
		until((driver) -> "Dashboard".equals(text(driver, "h1")));
	}

}
