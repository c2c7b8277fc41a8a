package dev.spotter.browser;

import java.time.Duration;

import dev.spotter.platform.tenancy.Units;
import dev.spotter.studios.internal.Onboarding;
import dev.spotter.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer on a phone looks up an exercise by typing part of its name, opens it, and asks for alternatives for a
 * client with sore wrists; the list updates in place and every suggestion says why it is safe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExerciseLibraryJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    Onboarding onboarding;

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
    void trainerFindsAnExerciseAndASafeAlternative() {
        String email = Fixtures.uniqueEmail("library-journey");
        onboarding.signUp(new Onboarding.SignUp("Library Journey Gym", "Lee Coach", email, Fixtures.PASSWORD,
                "Europe/London", Units.METRIC));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        browser.get(url("/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        click(By.cssSelector("button[type=submit]"));
        wait.until(ExpectedConditions.urlContains("/app"));

        browser.get(url("/app/exercises"));
        browser.findElement(By.id("q")).sendKeys("push-u");
        wait.until(driver -> driver.findElement(By.id("results")).getText().contains("Push-up")
                && driver.getCurrentUrl().contains("q=push-u"));
        click(By.xpath("//a[contains(@class,'exercise-card')][.//span[text()='Push-up']]"));
        wait.until(ExpectedConditions.urlContains("/app/exercises/push-up"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Push-up");

        click(By.xpath("//summary[text()='Must avoid']"));
        click(By.xpath("//label[contains(@class,'chip')][.//span[text()='Loaded wrist extension']]"));
        wait.until(driver -> driver.findElement(By.id("alternatives")).getText()
                .contains("avoids loaded wrist extension"));
        String alternatives = browser.findElement(By.id("alternatives")).getText();
        assertThat(alternatives).contains("Push-up itself involves loaded wrist extension");
        assertThat(alternatives).doesNotContain("Knee push-up");
    }

    private void click(By selector) {
        WebElement element = browser.findElement(selector);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
