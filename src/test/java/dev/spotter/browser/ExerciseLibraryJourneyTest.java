package dev.spotter.browser;

import dev.spotter.platform.tenancy.Units;
import dev.spotter.studios.internal.Onboarding;
import dev.spotter.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer on a phone looks up an exercise by typing part of its name, opens it, and asks for alternatives for a
 * client with sore wrists; the list updates in place and every suggestion says why it is safe.
 */
class ExerciseLibraryJourneyTest extends BrowserJourney {

    @Autowired
    Onboarding onboarding;

    @Test
    void trainerFindsAnExerciseAndASafeAlternative() {
        String email = Fixtures.uniqueEmail("library-journey");
        onboarding.signUp(new Onboarding.SignUp("Library Journey Gym", "Lee Coach", email, Fixtures.PASSWORD,
                "Europe/London", Units.METRIC));
        signIn(email, Fixtures.PASSWORD);

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
}
