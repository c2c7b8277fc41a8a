package dev.spotter.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.spotter.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first journey on a phone-sized screen: a trainer signs up, signs out and in again, invites a client, and
 * the client accepts the invitation and lands on their home page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnboardingJourneyTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void trainerSignsUpInvitesAClientWhoJoins() {
        String trainerEmail = Fixtures.uniqueEmail("journey-trainer");
        String clientEmail = Fixtures.uniqueEmail("journey-client");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        browser.get(url("/signup"));
        browser.findElement(By.id("studioName")).sendKeys("Journey Fitness");
        browser.findElement(By.id("displayName")).sendKeys("Jamie Coach");
        browser.findElement(By.id("email")).sendKeys(trainerEmail);
        browser.findElement(By.id("password")).sendKeys("journey password 1");
        click(By.cssSelector("button[type=submit]"));
        wait.until(ExpectedConditions.urlContains("/app"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Jamie");

        click(By.cssSelector("form[action='/logout'] button"));
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("signed out");

        browser.findElement(By.id("email")).sendKeys(trainerEmail);
        browser.findElement(By.id("password")).sendKeys("journey password 1");
        click(By.cssSelector("button[type=submit]"));
        wait.until(ExpectedConditions.urlContains("/app"));

        browser.get(url("/app/clients"));
        browser.findElement(By.id("email")).sendKeys(clientEmail);
        click(By.cssSelector("#invite button[type=submit]"));
        String link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite-link"))).getText();
        assertThat(link).contains("/invite/inv_");
        assertThat(browser.findElement(By.id("pending")).getText()).contains(clientEmail);

        browser.manage().deleteAllCookies();
        browser.get(link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Join Journey Fitness");
        browser.findElement(By.id("displayName")).sendKeys("Casey Client");
        browser.findElement(By.id("password")).sendKeys("client password 1");
        browser.findElement(By.id("confirmPassword")).sendKeys("client password 1");
        click(By.cssSelector("button[type=submit]"));
        wait.until(ExpectedConditions.urlContains("/portal"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hi, Casey");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Journey Fitness", "Jamie Coach");
    }

    /** Clicks like a thumb would: after scrolling the element to the middle of the small screen. */
    private void click(By selector) {
        WebElement element = browser.findElement(selector);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        try {
            element.click();
        } catch (RuntimeException e) {
            keepScreenshot();
            throw e;
        }
    }

    /** Leaves what the browser showed in target/ so that a failed journey can be looked at. */
    private void keepScreenshot() {
        try {
            Files.write(Path.of("target/journey-failure.png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

}
