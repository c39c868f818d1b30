package crmcopilot.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import crmcopilot.BrowserLogin;
import crmcopilot.CopilotIntegrationTest;
import crmcopilot.HeadlessChrome;
import crmcopilot.support.internal.Replies;
import crmcopilot.support.internal.SupportStore;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer's rating page and the WhatsApp pages in a browser, on a phone (390 px) and
 * a desktop (1366 px): nothing wider than the screen, one tap records the rating, and a
 * WhatsApp ticket says what to set up. Screenshots go to {@code target/screenshots/}.
 */
@CopilotIntegrationTest
@Tag("browser")
class WhatsAppAndRatingBrowserTests {

	private static final Pattern LINK = Pattern.compile("/public/rate/[A-Za-z0-9_-]{20,100}");

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	SupportStore store;

	@Autowired
	Replies replies;

	@Autowired
	SupportIntake intake;

	@Autowired
	JdbcClient jdbc;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() {
		this.browser = HeadlessChrome.start(HeadlessChrome.frenchOptions("--window-size=390,844"));
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void should_fit_the_rating_page_on_a_phone_and_record_one_tap() throws Exception {
		Workspace workspace = SupportWebSession.newWorkspace(this.workspaces);
		String customer = "client@exemple.test";
		UUID thread = this.store.createThread(workspace.id(), "email", customer, "Ma commande", null, Instant.now());
		this.store.insertMessage(new SupportStore.NewMessage(workspace.id(), thread, "in", "email", customer,
				"Ma commande", "Où est mon colis ?", null, "fr", "<" + UUID.randomUUID() + "@exemple.test>", null,
				Instant.now(), Map.of(), List.of(), null));
		this.replies.send(workspace.id(), thread, "Votre colis arrive demain.", "ai");
		Matcher link = LINK
			.matcher(this.jdbc.sql("SELECT body FROM support_message WHERE workspace_id = ? AND direction = 'out'")
				.params(workspace.id())
				.query(String.class)
				.single());
		assertThat(link.find()).isTrue();

		this.browser.get(url(link.group()));
		assertThat(this.browser.findElement(By.id("rating-form")).getText())
			.contains("Notre réponse vous a-t-elle aidé ?");
		assertFitsTheScreen();
		screenshot("rating-390");
		this.browser.manage().window().setSize(new Dimension(1366, 900));
		this.browser.navigate().refresh();
		assertFitsTheScreen();
		screenshot("rating-1366");
		this.browser.manage().window().setSize(new Dimension(390, 844));

		this.browser.findElement(By.id("rating-comment")).sendKeys("Rapide et clair, merci.");
		this.browser.findElement(By.id("rating-4")).click();

		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> !driver.findElements(By.id("rating-thanks")).isEmpty());
		assertThat(this.browser.findElements(By.id("rating-form"))).isEmpty();
		screenshot("rating-thanks-390");
		assertThat(this.jdbc.sql("SELECT score FROM support_rating WHERE workspace_id = ?")
			.params(workspace.id())
			.query(Integer.class)
			.single()).isEqualTo(4);
	}

	@Test
	void should_show_the_whatsapp_settings_and_a_whatsapp_ticket_saying_what_to_set() throws Exception {
		Workspace workspace = SupportWebSession.newWorkspace(this.workspaces);
		String email = "manager@" + workspace.slug() + ".test";
		this.users.create(workspace.id(), email, "Aminata Sow", Role.MANAGER, "password-1234");
		UUID ticket = this.intake
			.ingest(workspace.id(),
					InboundMessage.of("whatsapp", "221771234567", null,
							"C'est inadmissible, mon colis est perdu depuis deux semaines, je porte plainte !"))
			.ticketId();
		BrowserLogin.login(this.browser, url(""), email, "password-1234");

		this.browser.get(url("/support/settings/whatsapp"));
		assertThat(this.browser.findElement(By.id("whatsapp-missing")).getText())
			.contains("Identifiant du numéro de téléphone")
			.contains("Jeton de vérification du webhook");
		assertFitsTheScreen();
		screenshot("whatsapp-settings-390");
		this.browser.manage().window().setSize(new Dimension(1366, 900));
		this.browser.navigate().refresh();
		screenshot("whatsapp-settings-1366");

		assertThat(ticket).isNotNull();
		this.browser.get(url("/support/tickets/" + ticket));
		assertThat(this.browser.findElement(By.id("whatsapp-not-configured")).getText())
			.contains("WhatsApp n'est pas configuré");
		screenshot("whatsapp-ticket-1366");
	}

	private void assertFitsTheScreen() {
		Object fits = ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
		assertThat(fits).isEqualTo(Boolean.TRUE);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private void screenshot(String name) throws Exception {
		File file = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		Files.createDirectories(Path.of("target/screenshots"));
		Files.copy(file.toPath(), Path.of("target/screenshots/support-" + name + ".png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

}
