package crmcopilot.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.HeadlessChrome;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French screenshots of the inbox, a ticket and the dashboard at desktop and phone width
 * (in {@code target/screenshots}), with the issue's acceptance messages: the broken mixer
 * and the urgent complaint get holding replies naming what the customer said.
 */
@CopilotIntegrationTest
@Tag("browser")
class SupportScreenshotsTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	SupportIntake intake;

	@Test
	void should_show_the_holding_reply_naming_the_broken_mixer_on_desktop_and_phone() throws Exception {
		Workspace workspace = SupportWebSession.newWorkspace(this.workspaces);
		String agent = "agent@" + workspace.slug() + ".test";
		this.users.create(workspace.id(), agent, "Agent Test", Role.AGENT, "password-1234");
		ingest(workspace, "m1", "Commande 4521",
				"Bonjour, mon mixeur est arrivé cassé (commande 4521). Je voudrais être remboursée.");
		ingest(workspace, "m2", "Plainte", "C'est inacceptable, on m'a raccroché au nez deux fois. "
				+ "Si je n'ai pas de réponse je saisis une association de consommateurs.");
		ingest(workspace, "m3", null,
				"J'ai retourné la lampe il y a trois semaines et je n'ai toujours pas été remboursé.");

		for (String size : List.of("1366,900", "390,844")) {
			WebDriver browser = HeadlessChrome.start(HeadlessChrome.frenchOptions("--window-size=" + size));
			try {
				String width = size.substring(0, size.indexOf(','));
				browser.get(url("/login"));
				browser.findElement(By.cssSelector("#username")).sendKeys(agent);
				browser.findElement(By.cssSelector("#password")).sendKeys("password-1234");
				browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
				wait(browser).until((driver) -> !driver.getCurrentUrl().contains("/login"));
				browser.get(url("/support"));
				wait(browser).until((
						driver) -> driver.findElements(By.cssSelector("#inbox-table tbody tr.ticket-row")).size() == 3);
				screenshot(browser, "inbox-" + width);
				browser.findElements(By.cssSelector("#inbox-table tbody tr.ticket-row a.ticket-link"))
					.stream()
					.filter((link) -> link.getText().contains("4521"))
					.findFirst()
					.orElseThrow()
					.click();
				String reply = wait(browser)
					.until((driver) -> driver.findElement(By.cssSelector("#reply-text")).getDomProperty("value"));
				assertThat(reply).contains("votre mixeur est arrivé cassé").contains("4521").contains("désolés");
				screenshot(browser, "ticket-" + width);
				browser.get(url("/support/dashboard"));
				wait(browser)
					.until((driver) -> driver.findElement(By.cssSelector("#kpi-messages")).getText().equals("3"));
				screenshot(browser, "dashboard-" + width);
			}
			finally {
				browser.quit();
			}
		}
	}

	private void ingest(Workspace workspace, String id, String subject, String body) {
		this.intake.ingest(workspace.id(), new InboundMessage("email", "client-" + id + "@exemple.fr", subject, body,
				false, "fr", id, List.of(), Instant.now(), Map.of("name", "Claire"), List.of(), null));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static WebDriverWait wait(WebDriver browser) {
		return new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	private static void screenshot(WebDriver browser, String name) throws Exception {
		File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.createDirectories(Path.of("target/screenshots"));
		Files.copy(file.toPath(), Path.of("target/screenshots/support-fr-" + name + ".png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

}
