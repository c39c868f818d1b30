package crmcopilot.opportunities;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.HeadlessChrome;
import crmcopilot.opportunities.internal.OpportunityCapture;
import crmcopilot.opportunities.internal.OpportunityDraft;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A follow-up note about an open deal shows its account and deal matches, the account's
 * timeline lists the notes and decisions, the home page counts the rep's follow-ups and
 * their list puts the overdue one first; done in one click. Screenshots at 1366 and 390
 * pixels.
 */
@CopilotIntegrationTest
@Tag("browser")
class SalesHistoryBrowserTests {

	private static final Path SHOTS = Path.of("target", "shots-sales");

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	OpportunityCapture capture;

	private WebDriver driver;

	@BeforeEach
	void startBrowser() {
		this.driver = HeadlessChrome.start(HeadlessChrome.frenchOptions());
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void should_show_the_deal_match_the_timeline_and_the_follow_ups() throws Exception {
		String slug = "hist-" + UUID.randomUUID().toString().substring(0, 8);
		UUID ws = this.workspaces
			.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Africa/Dakar", PrivacyLevel.PRIVATE, false))
			.id();
		String email = "rep@" + slug + ".example";
		this.users.create(ws, email, "Commercial", Role.AGENT, "secret-pass-123");
		LocalDate today = LocalDate.now();
		OpportunityDraft first = submit(ws, email, today.minusDays(20),
				"Rencontre avec Awa Ndiaye, DSI de la Sonatel. Ils veulent renouveler 800 licences Microsoft 365. "
						+ "Budget 45 millions FCFA. Démo mardi. awa.ndiaye@sonatel.sn");
		this.capture.approve(ws, email, first.id(), new OpportunityCapture.Approval(Map.of(), null, null, null));
		OpportunityDraft second = submit(ws, email, today.minusDays(1),
				"Relance Sonatel : Awa confirme les 800 licences Microsoft 365, budget 48 millions FCFA, "
						+ "devis pour vendredi.");
		this.capture.approve(ws, email, second.id(), new OpportunityCapture.Approval(Map.of(), null, null, null));
		OpportunityDraft third = submit(ws, email, today,
				"Mail de Awa Ndiaye (Sonatel) : les licences Microsoft 365 passent en comité, décision fin du mois, "
						+ "montant final 50 millions FCFA.");
		assertThat(third.opportunityMatch()).isNotNull();
		String base = "http://127.0.0.1:" + this.port;
		this.driver.get(base + "/login");
		this.driver.findElement(By.id("username")).sendKeys(email);
		this.driver.findElement(By.id("password")).sendKeys("secret-pass-123");
		this.driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		// the next page is asked for once signed in, not while the sign-in is under way
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		this.driver.get(base + "/opportunities/drafts/" + third.id() + "?lang=fr");
		assertThat(this.driver.findElement(By.id("account-match")).getText()).contains("Sonatel");
		assertThat(this.driver.findElement(By.id("opportunity-match")).getText()).contains("Sonatel")
			.contains("Montant");
		shots("draft-matches", "account-match");

		this.driver.get(base + "/crm/accounts/" + third.accountMatch().existingId());
		assertThat(
				this.driver.findElement(By.cssSelector("#account-opportunities a.deal-history")).getAttribute("href"))
			.contains("/opportunities/deals/")
			.endsWith("/history");
		this.driver.findElement(By.id("account-history")).click();
		assertThat(this.driver.findElements(By.cssSelector("#timeline tbody tr"))).hasSizeGreaterThanOrEqualTo(4);
		assertThat(this.driver.findElement(By.id("timeline")).getText()).contains("Approuvée : affaire mise à jour");
		shots("account-timeline", null);

		this.driver.get(base + "/");
		assertThat(this.driver.findElement(By.cssSelector("a.card[href$='/opportunities/follow-ups']")).getText())
			.contains("Mes relances")
			.contains("dont 1 en retard");
		var homeRows = this.driver.findElements(By.cssSelector("#home-follow-ups li.follow-up"));
		assertThat(homeRows).hasSize(2);
		assertThat(homeRows.get(0).getText()).contains("Démo mardi").contains("En retard").contains("Sonatel");
		shots("home-follow-ups", "home-follow-ups");

		this.driver.get(base + "/opportunities/follow-ups");
		var rows = this.driver.findElements(By.cssSelector("#follow-ups li.follow-up"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).getAttribute("class")).contains("overdue");
		assertThat(rows.get(0).getText()).contains("Démo mardi");
		shots("follow-up-list", null);
		rows.get(0).findElement(By.cssSelector("button.primary")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#follow-ups li.follow-up"), 1));
		assertThat(this.driver.findElement(By.cssSelector("#follow-ups li.follow-up")).getText())
			.contains("Devis pour vendredi");
	}

	private OpportunityDraft submit(UUID ws, String email, LocalDate date, String text) {
		return this.capture.submit(ws, email,
				new OpportunityCapture.Submission(OpportunityCapture.TEXT, null, text, date));
	}

	/**
	 * The page at 1366 and 390 pixels wide, scrolled to the element when one is named.
	 */
	private void shots(String name, @Nullable String scrollTo) throws Exception {
		Files.createDirectories(SHOTS);
		for (int width : new int[] { 1366, 390 }) {
			this.driver.manage().window().setSize(new Dimension(width, (width > 1000) ? 900 : 844));
			if (scrollTo != null) {
				((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView()",
						this.driver.findElement(By.id(scrollTo)));
			}
			Files.write(SHOTS.resolve(name + "-" + width + ".png"),
					((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		}
	}

}
