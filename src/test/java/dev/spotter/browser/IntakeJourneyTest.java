package dev.spotter.browser;

import dev.spotter.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new client completes their intake on a phone: about them, the PAR-Q+ (one "yes" with its follow-up), the ACSM
 * questions and their confirmation. Their coach then sees the clearance status and intensity ceiling it produced.
 */
class IntakeJourneyTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Test
    void clientCompletesIntakeAndTheTrainerSeesTheResult() {
        var studio = fixtures.studio("Intake Journey Gym");

        signIn(studio.client().email(), Fixtures.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/portal"));
        click(By.linkText("Start your intake"));
        wait.until(ExpectedConditions.urlContains("/portal/intake"));

        browser.findElement(By.id("dateOfBirth")).sendKeys("03151985");
        click(By.xpath("//label[.//span[text()='Female']]"));
        browser.findElement(By.id("height")).sendKeys("168");
        browser.findElement(By.id("bodyMass")).sendKeys("64.5");
        browser.findElement(By.id("activityMinutesWeek")).sendKeys("150");
        browser.findElement(By.id("activityDaysWeek")).sendKeys("3");
        browser.findElement(By.id("activityMonths")).sendKeys("12");
        click(By.xpath("//button[contains(text(),'Next: health questions')]"));
        wait.until(ExpectedConditions.urlContains("step=2"));

        for (int question = 1; question <= 7; question++) {
            String answer = question == 6 ? "true" : "false";
            click(By.cssSelector("input[name='parq" + question + "'][value='" + answer + "']"));
        }
        click(By.cssSelector("input[name='followUp6'][value='false']"));
        click(By.xpath("//button[text()='Next']"));
        wait.until(ExpectedConditions.urlContains("step=3"));

        click(By.cssSelector("input[name='exercisesRegularly'][value='true']"));
        click(By.cssSelector("input[name='knownDisease'][value='true']"));
        click(By.cssSelector("input[name='symptoms'][value='false']"));
        click(By.id("confirm"));
        click(By.xpath("//button[text()='Send to my coach']"));
        wait.until(ExpectedConditions.urlMatches(".*/portal$"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Clearance needed for vigorous work", "Up to moderate");

        browser.manage().deleteAllCookies();
        signIn(studio.trainer().email(), Fixtures.PASSWORD);
        browser.get(url("/app/clients"));
        click(By.linkText("Cara Client"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Cara Client"));
        String file = browser.findElement(By.tagName("main")).getText();
        assertThat(file).contains("Clearance needed for vigorous work", "Up to moderate", "Confirmed by the client");
    }
}
