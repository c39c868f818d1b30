package crmcopilot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages a person reaches from the home page, on a phone 390 px wide: none is wider
 * than the screen, and the navigation folds into a menu button that opens it. Screenshots
 * of the pages too wide go to {@code target/phone/} (of every page with
 * {@code -Dcopilot.test.phone-shots=true}).
 */
@Tag("browser")
@CopilotIntegrationTest
class PhoneLayoutBrowserTests {

	private static final int WIDTH = 390;

	private static final int HEIGHT = 844;

	/**
	 * {@code -Dcopilot.test.phone-shots=true}: a screenshot of every page, not only the
	 * failing ones.
	 */
	private static final boolean ALL_SHOTS = Boolean.getBoolean("copilot.test.phone-shots");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver driver;

	@BeforeEach
	void startBrowser() {
		DemoData.awaitSeeded(this.jdbc);
		this.driver = HeadlessChrome.start(HeadlessChrome.frenchOptions("--window-size=390,844"));
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "shopper" })
	void should_fit_every_page_in_a_phone_screen(String role) throws Exception {
		// given the pages this person reaches from the home page
		String email = role + "@maison-demo.fr";
		TestSession session = TestSession.signedIn(this.port, email, "demo1234");
		List<String> paths = new PageWalk(session, "fr-FR,fr", 60, 1).walk("/")
			.stream()
			.map(PageWalk.Page::path)
			.filter((path) -> !path.contains("?") && !path.startsWith("/ai/prompts/"))
			.toList();
		BrowserLogin.login(this.driver, base(), email, "demo1234");

		// when each is shown on a phone
		List<String> tooWide = new ArrayList<>();
		for (String path : paths) {
			long overflow = overflow(path, role);
			if (overflow > 0) {
				tooWide.add(path + " (+" + overflow + " px: " + widest() + ")");
			}
		}

		// then none scrolls sideways
		assertThat(tooWide).as("pages wider than %d px for %s", WIDTH, role).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin" })
	void should_fold_the_navigation_into_a_menu_button(String role) {
		// given a manager on the home page of a phone
		BrowserLogin.login(this.driver, base(), role + "@maison-demo.fr", "demo1234");
		this.driver.get(base() + "/");
		waitLoaded();
		WebElement toggle = this.driver.findElement(By.id("menu-toggle"));
		WebElement navigation = this.driver.findElement(By.cssSelector("nav.mainnav"));

		// then the navigation is hidden behind the menu button
		assertThat(toggle.isDisplayed()).isTrue();
		assertThat(navigation.isDisplayed()).isFalse();
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");

		// when the button is pressed, the navigation opens, one item a line
		toggle.click();
		assertThat(navigation.isDisplayed()).isTrue();
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(navigation.getSize().getWidth()).isLessThanOrEqualTo(WIDTH);
	}

	private long overflow(String path, String role) throws Exception {
		this.driver.get(base() + path);
		waitLoaded();
		long overflow = (Long) this.driver
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		if (overflow > 0 || ALL_SHOTS) {
			screenshot(path, role);
		}
		return overflow;
	}

	/**
	 * The whole page (at most 6,000 px high) as {@code target/phone/<role>-<path>.png}.
	 */
	private void screenshot(String path, String role) throws Exception {
		long height = Math.min(6000L,
				(Long) this.driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)"));
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", WIDTH, "height", height, "deviceScaleFactor", 1, "mobile", true));
		Path shot = Path.of("target", "phone", role + path.replaceAll("[^A-Za-z0-9]+", "-") + ".png");
		Files.createDirectories(shot.getParent());
		Files.write(shot, this.driver.getScreenshotAs(OutputType.BYTES));
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
	}

	/** The innermost elements that reach past the right edge of the screen. */
	private Object widest() {
		return this.driver.executeScript(
				"""
								var out = [];
								document.querySelectorAll('body *').forEach(function (e) {
								  var r = e.getBoundingClientRect();
								  var clipped = false;
								for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {
								  var o = getComputedStyle(a).overflowX;
								  if (o !== 'visible') { clipped = true; break; }
								}
								if (!clipped && r.right > window.innerWidth + 1 && r.width > 0
								      && !Array.from(e.children).some(function (c) { return c.getBoundingClientRect().right > window.innerWidth + 1; })) {
								    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className.split(' ').join('.') : ''));
								  }
								});
								if (out.length === 0) {
						  var all = Array.from(document.querySelectorAll('body *')).map(function (e) {
						    return [e.getBoundingClientRect().right, e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + (e.getAttribute('class') || '')];
						  }).sort(function (a, b) { return b[0] - a[0]; });
						  return 'widest elements: ' + all.slice(0, 8).map(function (x) { return x[1] + '@' + Math.round(x[0]); }).join(', ');
						}
						return out.slice(0, 5).join(', ');
								""");
	}

	private void waitLoaded() {
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until((d) -> "complete".equals(this.driver.executeScript("return document.readyState")));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
