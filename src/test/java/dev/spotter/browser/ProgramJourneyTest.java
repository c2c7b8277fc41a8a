package dev.spotter.browser;

import java.util.UUID;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer generates a program from a client's file on a phone, swaps an exercise, makes a dose too hard and
 * watches the checker flag it, publishes with a reason, and the client then finds the program in their portal.
 */
class ProgramJourneyTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClientDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void trainerBuildsAndPublishesAProgramThatTheClientThenFollows() {
        var studio = fixtures.studio("Program Journey Gym");
        UUID client = ScreenedClient.prepare(studio, jdbc, directory);

        signIn(studio.trainer().email(), Fixtures.PASSWORD);
        browser.get(url("/app/clients/" + client));
        click(By.xpath("//button[text()='Generate program']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checker")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("weeks");
        assertThat(browser.findElement(By.id("program-meta")).getText()).contains("Draft", "Version 1");

        click(By.cssSelector("#week [aria-label^='Swap ']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tool"), "Instead of"));
        click(By.cssSelector(".tool button[aria-label^='Use ']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("builder-flash"),
                "Saved as version 2."));
        assertThat(browser.findElement(By.cssSelector("#week .rx-why")).getAttribute("textContent"))
                .contains("Swapped by Terry Trainer");

        click(By.cssSelector("#week [aria-label^='Edit the dose of ']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dose-form")));
        new Select(browser.findElement(By.cssSelector(".dose-form select[name='measure']"))).selectByValue("reps");
        replace(".dose-form input[name='repsLow']", "5");
        replace(".dose-form input[name='repsHigh']", "5");
        new Select(browser.findElement(By.cssSelector(".dose-form select[name='loadKind']"))).selectByValue("RPE");
        replace(".dose-form input[name='loadLow']", "18");
        replace(".dose-form input[name='loadHigh']", "19");
        replace(".dose-form input[name='sets']", "4");
        click(By.xpath("//form[contains(@class,'dose-form')]//button[text()='Save dose']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("builder-flash"),
                "Saved as version 3."));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#checker .finding-error")));
        assertThat(browser.findElement(By.id("program-meta")).getText()).contains("Version 3");
        assertThat(browser.findElements(By.cssSelector("#week .rx-error"))).isNotEmpty();

        browser.findElement(By.id("overrideReason")).sendKeys("Cleared by her physiotherapist for a heavy week.");
        click(By.xpath("//button[text()='Publish despite errors']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "is published"));
        String title = browser.findElement(By.tagName("h1")).getText();

        browser.manage().deleteAllCookies();
        signIn(studio.client().email(), Fixtures.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/portal"));
        click(By.linkText("Open your program"));
        wait.until(ExpectedConditions.urlContains("/portal/program"));
        String portal = browser.findElement(By.tagName("main")).getText();
        assertThat(portal).contains(title, "Week 1 of", "This week", "Terry Trainer");
        assertThat(browser.findElements(By.cssSelector(".portal-session"))).isNotEmpty();
    }

    private void replace(String css, String text) {
        WebElement input = browser.findElement(By.cssSelector(css));
        input.clear();
        input.sendKeys(text);
    }
}
