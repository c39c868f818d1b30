package crmcopilot.opportunities;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.HeadlessChrome;
import crmcopilot.TestWorkspaces;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUser;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A voice memo recorded in the browser (Chromium's fake microphone), played back and
 * uploaded with its language: French without a French engine says what to configure;
 * English goes through ffmpeg (WebM/Opus) and the offline engine.
 */
@CopilotIntegrationTest
@Tag("browser")
class VoiceMemoBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	private WebDriver driver;

	@BeforeEach
	void startBrowser() {
		this.driver = HeadlessChrome.start(HeadlessChrome.options("--use-fake-ui-for-media-stream",
				"--use-fake-device-for-media-stream", "--autoplay-policy=no-user-gesture-required"));
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void should_record_play_back_and_upload_a_voice_memo() throws Exception {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Mémos vocaux");
		WorkspaceUser rep = TestWorkspaces.user(this.users, workspace, Role.AGENT);
		String base = "http://127.0.0.1:" + this.port;
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(60));
		this.driver.get(base + "/login");
		this.driver.findElement(By.id("username")).sendKeys(rep.email());
		this.driver.findElement(By.id("password")).sendKeys(TestWorkspaces.PASSWORD);
		this.driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		// French, and no French engine configured: the page says what to configure
		recordAndSend(base, "fr", wait);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.error")));
		screenshot("voice-memo-fr.png");
		assertThat(this.driver.findElement(By.cssSelector(".flash.error")).getText()).contains("'fr'")
			.contains("COPILOT_STT_URL");

		// English: converted by ffmpeg and transcribed offline; the fake microphone's
		// beeps
		// give a draft or "no speech recognised", never a decoding error
		recordAndSend(base, "en", wait);
		wait.until((driver) -> driver.getCurrentUrl().contains("/opportunities/drafts/")
				|| !driver.findElements(By.cssSelector(".flash.error")).isEmpty());
		screenshot("voice-memo-en.png");
		if (!this.driver.getCurrentUrl().contains("/opportunities/drafts/")) {
			assertThat(this.driver.findElement(By.cssSelector(".flash.error")).getText())
				.contains("Aucune parole n'a été reconnue");
		}
		else {
			assertThat(this.driver.findElement(By.id("source-text")).getText()).isNotBlank();
		}
	}

	private void recordAndSend(String base, String language, WebDriverWait wait) throws InterruptedException {
		this.driver.get(base + "/opportunities?lang=fr");
		wait.until(ExpectedConditions.elementToBeClickable(By.id("memo-record")));
		new Select(this.driver.findElement(By.id("memo-language"))).selectByValue(language);
		this.driver.findElement(By.id("memo-record")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("memo-form"), "data-state", "recording"));
		// two seconds of the fake microphone, read on the recorder's own clock
		wait.until(ExpectedConditions.textMatches(By.id("memo-duration"),
				Pattern.compile("^(0:0[2-9]|0:[1-5]\\d|[1-9]\\d*:\\d\\d)$")));
		this.driver.findElement(By.id("memo-stop")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("memo-send")));
		assertThat(this.driver.findElement(By.id("memo-duration")).getText()).isNotEqualTo("0:00");
		assertThat(this.driver.findElement(By.id("memo-playback")).getAttribute("src")).startsWith("blob:");
		assertThat(this.driver.findElement(By.id("memo-playback")).isDisplayed()).isTrue();
		this.driver.findElement(By.id("memo-send")).click();
	}

	private void screenshot(String name) throws Exception {
		Files.write(Path.of("target", name), ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
	}

}
