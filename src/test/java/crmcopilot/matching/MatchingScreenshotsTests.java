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
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import crmcopilot.BrowserLogin;
import crmcopilot.CopilotIntegrationTest;
import crmcopilot.HeadlessChrome;
import crmcopilot.matching.internal.DemoProfiles;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.booking.BookingStore;
import crmcopilot.matching.internal.booking.ShopperHours;
import crmcopilot.matching.internal.booking.WeeklyWindow;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import crmcopilot.workspace.internal.MerchantBrandings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's form with its windows on a phone, the result page in the merchant's
 * colours, the manager's board after a batch that books appointments, and the shopper
 * editing her own profile and hours, in French, at 390 and 1366 px.
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

	@Autowired
	MerchantBrandings brandings;

	ChromeDriver browser;

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
		this.users.create(ws.id(), lea.email(), "Léa Martin", Role.SHOPPER, "a-long-test-password");
		// the demo's shoppers and a few of its clients waiting on the board
		this.matching.importShoppers(ws.id(), DemoProfiles.shoppers(6, 7).subList(1, 6));
		this.matching.importClients(ws.id(), DemoProfiles.clients(8, 7));
		this.brandings.update(
				new Caller(ws.id(), ws.name(), null, null, "Nora Manager", "nora@example.com", Role.MANAGER, Set.of()),
				"Maison Agenda", "#7a2e5c");
		LocalDate tuesday = LocalDate.now(ZoneId.of("Europe/Paris")).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

		String base = "http://localhost:" + this.port;
		this.browser = HeadlessChrome.start(HeadlessChrome.frenchOptions("--window-size=1366,1400"));
		viewport(390, 900);
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
		assertThat(this.browser.findElement(By.id("merchant-name")).getText()).isEqualTo("Maison Agenda");
		assertThat(this.browser.findElements(By.cssSelector("button.book"))).extracting(WebElement::getText)
			.hasSize(2)
			.allSatisfy((label) -> assertThat(label).startsWith("mardi ").containsAnyOf("à 11:30", "à 13:00"));
		screenshot("client-booking-390");
		assertOnOneLine(this.browser.findElements(By.cssSelector("button.book")));
		viewport(1366, 900);
		screenshot("client-booking-1366");
		assertOnOneLine(this.browser.findElements(By.cssSelector("button.book")));

		BrowserLogin.login(this.browser, base, "manager-" + slug + "@example.com", "a-long-test-password");
		this.browser.get(base + "/matching/board");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assign-all")));
		this.browser.findElement(By.id("assign-all")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-result")));
		assertThat(this.bookings.appointments(ws.id())).singleElement()
			.satisfies((a) -> assertThat(a.start().atZone(ZoneId.of("Europe/Paris")).toLocalTime())
				.isEqualTo(LocalTime.of(11, 30)));
		screenshot("board-1366");
		viewport(390, 900);
		screenshot("board-390");

		// the shopper edits her own profile and hours
		this.browser.manage().deleteAllCookies();
		BrowserLogin.login(this.browser, base, lea.email(), "a-long-test-password");
		this.browser.get(base + "/matching/space/profile");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("weekly-hours")));
		assertThat(this.browser.findElement(By.name("hours.windows[0].start")).getAttribute("value"))
			.isEqualTo("10:00");
		screenshot("profile-editor-390");
		viewport(1366, 900);
		screenshot("profile-editor-1366");
	}

	/** A button whose label wraps is taller than two lines of its text. */
	private static void assertOnOneLine(List<WebElement> buttons) {
		assertThat(buttons).isNotEmpty()
			.allSatisfy((button) -> assertThat(button.getSize().getHeight()).as(button.getText()).isLessThan(48));
	}

	private void type(String name, String value) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1];",
				this.browser.findElement(By.name(name)), value);
	}

	/** The page laid out as on a screen this wide (a phone below 768 px). */
	private void viewport(int width, long height) {
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 768));
	}

	/** The whole page at the current width. */
	private void screenshot(String name) throws IOException {
		long width = (Long) this.browser.executeScript("return window.innerWidth");
		long height = Math.min(6000L,
				(Long) this.browser.executeScript("return Math.ceil(document.documentElement.scrollHeight)"));
		viewport((int) width, height);
		Files.createDirectories(SCREENSHOTS);
		Path file = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		viewport((int) width, 900);
	}

}
