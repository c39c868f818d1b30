package crmcopilot;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signs a person in through the login form of a browser test. */
public final class BrowserLogin {

	private BrowserLogin() {
	}

	/** Opens the login page, signs in and waits until the browser has left it. */
	public static void login(WebDriver driver, String baseUrl, String email, String password) {
		driver.get(baseUrl + "/login");
		submitCredentials(driver, email, password);
	}

	/** Fills and sends the login form already shown, then waits for the next page. */
	public static void submitCredentials(WebDriver driver, String email, String password) {
		driver.findElement(By.id("username")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("login-submit")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until((d) -> !d.getCurrentUrl().contains("/login"));
	}

}
