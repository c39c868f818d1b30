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

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.HeadlessChrome;
import crmcopilot.support.internal.Macro;
import crmcopilot.support.internal.MacroStore;
import crmcopilot.support.internal.TicketPresence;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ticket page at desktop and phone width while a colleague writes a reply: the
 * colleague is shown, and one click on a macro fills the reply box from the ticket.
 * Screenshots in {@code target/screenshots}.
 */
@CopilotIntegrationTest
@Tag("browser")
class TicketCollaborationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	SupportIntake intake;

	@Autowired
	MacroStore macros;

	@Autowired
	TicketPresence presence;

	@Test
	void should_show_the_colleague_writing_and_fill_the_reply_with_a_macro_on_desktop_and_phone() throws Exception {
		Workspace workspace = SupportWebSession.newWorkspace(this.workspaces);
		String agent = "camille@" + workspace.slug() + ".test";
		this.users.create(workspace.id(), agent, "Camille Martin", Role.AGENT, "password-1234");
		UUID ticket = this.intake
			.ingest(workspace.id(),
					new InboundMessage("email", "lea@exemple.fr", "Commande 4521",
							"Bonjour, mon mixeur est arrivé cassé (commande 4521). Que faire ?", false, "fr", "mixer",
							List.of(), Instant.now(), Map.of("name", "Léa"), List.of(), null))
			.ticketId();
		this.macros.macros(workspace.id());
		this.macros.add(workspace.id(), new Macro(UUID.randomUUID(), "Échange d'un produit cassé",
				"Nous vous envoyons un {produit} neuf pour la commande {commande}, sans frais.", "fr", null, false));

		for (String size : List.of("1366,900", "390,844")) {
			WebDriver browser = HeadlessChrome.start(HeadlessChrome.frenchOptions("--window-size=" + size));
			try {
				String width = size.substring(0, size.indexOf(','));
				browser.get(url("/login"));
				browser.findElement(By.cssSelector("#username")).sendKeys(agent);
				browser.findElement(By.cssSelector("#password")).sendKeys("password-1234");
				browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
				wait(browser).until((driver) -> !driver.getCurrentUrl().contains("/login"));
				this.presence.report(workspace.id(), ticket, "alex@exemple.fr", "Alex Durand", true);
				browser.get(url("/support/tickets/" + ticket));
				wait(browser).until((driver) -> driver.findElement(By.cssSelector("#presence"))
					.getText()
					.contains("Alex Durand rédige une réponse"));
				WebElement exchange = browser.findElements(By.cssSelector("#macro-select option"))
					.stream()
					.filter((option) -> option.getText().contains("Échange"))
					.findFirst()
					.orElseThrow();
				new Select(browser.findElement(By.cssSelector("#macro-select")))
					.selectByValue(exchange.getDomProperty("value"));
				String reply = wait(browser).until((driver) -> {
					String value = driver.findElement(By.cssSelector("#reply-text")).getDomProperty("value");
					return (value != null && value.contains("mixeur neuf")) ? value : null;
				});
				assertThat(reply).contains("Bonjour Léa,", "un mixeur neuf pour la commande 4521", "Camille Martin");
				((JavascriptExecutor) browser)
					.executeScript("document.getElementById('presence').scrollIntoView({block: 'start'});");
				screenshot(browser, "ticket-macro-presence-" + width);
			}
			finally {
				browser.quit();
			}
		}
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static WebDriverWait wait(WebDriver browser) {
		return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
			.ignoring(StaleElementReferenceException.class);
	}

	private static void screenshot(WebDriver browser, String name) throws Exception {
		File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.createDirectories(Path.of("target/screenshots"));
		Files.copy(file.toPath(), Path.of("target/screenshots/support-fr-" + name + ".png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

}
