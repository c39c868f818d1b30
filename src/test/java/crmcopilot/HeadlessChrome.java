package crmcopilot;

import java.io.File;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for browser tests, with the flags this closed network needs
 * (no background networking, no component updates, no sync).
 */
public final class HeadlessChrome {

	private HeadlessChrome() {
	}

	/** The shared options, plus a test's own arguments (a window size, say). */
	public static ChromeOptions options(String... extraArguments) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=fr");
		options.addArguments(extraArguments);
		return options;
	}

	/**
	 * The shared options for a browser that asks for French pages: headless Chromium
	 * ignores {@code --lang} for Accept-Language, a French browser sends this.
	 */
	public static ChromeOptions frenchOptions(String... extraArguments) {
		ChromeOptions options = options(extraArguments);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
		return options;
	}

	public static ChromeDriver start(ChromeOptions options) {
		// with Debian's chromium-l10n, LANGUAGE makes the browser's own controls (date
		// and
		// time fields, file picker) French, as a French visitor's browser shows them
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.withEnvironment(Map.of("LANGUAGE", "fr"))
			.build();
		return new ChromeDriver(service, options);
	}

}
