package crmcopilot.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import crmcopilot.BrowserLogin;
import crmcopilot.CopilotIntegrationTest;
import crmcopilot.HeadlessChrome;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.booking.BookingStore;
import crmcopilot.matching.internal.booking.ShopperHours;
import crmcopilot.matching.internal.booking.WeeklyWindow;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's form with its windows on a phone, then the manager's board after a batch
 * that books appointments, and the profile editor, in French.
 */
@CopilotIntegrationTest
@Tag("browser")
class MatchingScreenshotsTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	MatchingService matching;

	@Autowired
	BookingStore bookings;

	WebDriver browser;

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void should_book_from_the_phone_form_and_show_the_board_and_the_profile_editor() throws IOException {
		String slug = "ms-" + UUID.randomUUID().toString().substring(0, 8);
		Workspace ws = this.workspaces.create(
				new Workspaces.NewWorkspace(slug, "Atelier Agenda", "fr", "Europe/Paris", PrivacyLevel.PRIVATE, false));
		ShopperProfile lea = new ShopperProfile(UUID.randomUUID(), "Léa Martin", "lea-" + slug + "@example.com",
				"Paris", null, null, Set.of(Mode.IN_PERSON, Mode.REMOTE), Set.of("bohème"), 50, 150, Set.of("mariage"),
				Set.of(), Set.of(), Set.of("fr"), Set.of("bohème"), 4, Set.of(), null,
				"Mariage, couleurs et garde-robe capsule", 25);
		this.matching.saveShopper(ws.id(), lea);
		this.bookings.saveHours(ws.id(), lea.id(),
				new ShopperHours(
						List.of(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(17, 30))),
						List.of(), 90));
		this.users.create(ws.id(), "manager-" + slug + "@example.com", "Nora Manager", Role.MANAGER,
				"a-long-test-password");
		LocalDate tuesday = LocalDate.now(ZoneId.of("Europe/Paris")).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

		String base = "http://localhost:" + this.port;
		this.browser = HeadlessChrome.start(HeadlessChrome.frenchOptions("--window-size=390,2200"));
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		this.browser.get(base + "/public/matching/" + slug);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("client-form")));
		this.browser.findElement(By.id("name")).sendKeys("Camille Roux");
		this.browser.findElement(By.id("email")).sendKeys("camille-" + slug + "@example.com");
		this.browser.findElement(By.id("city")).sendKeys("Paris");
		this.browser.findElement(By.cssSelector("input[name='styles'][value='bohème']")).click();
		this.browser.findElement(By.id("budget")).sendKeys("120");
		this.browser.findElement(By.cssSelector("input[name='goals'][value='mariage']")).click();
		// typed keys depend on the browser's date format: set the values the inputs
		// submit
		type("windowDates[0]", tuesday.toString());
		type("windowStarts[0]", "11:00");
		type("windowEnds[0]", "15:00");
		this.browser.findElement(By.id("consent")).click();
		screenshot("client-booking-form-390");
		this.browser.findElement(By.id("submit")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ranked")));
		assertThat(this.bookings.windows(ws.id())).hasSize(1);
		assertThat(this.browser.findElements(By.cssSelector("button.book"))).extracting(WebElement::getText)
			.hasSize(2)
			.allSatisfy((label) -> assertThat(label).startsWith("mardi ").containsAnyOf("à 11:30", "à 13:00"));
		screenshot("client-booking-390");
		this.browser.manage().window().setSize(new Dimension(1366, 1400));
		screenshot("client-booking-1366");

		BrowserLogin.login(this.browser, base, "manager-" + slug + "@example.com", "a-long-test-password");
		this.browser.get(base + "/matching/board");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assign-all")));
		this.browser.findElement(By.id("assign-all")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-result")));
		assertThat(this.bookings.appointments(ws.id())).singleElement()
			.satisfies((a) -> assertThat(a.start().atZone(ZoneId.of("Europe/Paris")).toLocalTime())
				.isEqualTo(LocalTime.of(11, 30)));
		screenshot("board-1366");

		this.browser.get(base + "/matching/shoppers/" + lea.id());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("form")));
		screenshot("profile-editor-1366");
	}

	private void type(String name, String value) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1];",
				this.browser.findElement(By.name(name)), value);
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path file = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
