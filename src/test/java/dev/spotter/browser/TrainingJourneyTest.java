package dev.spotter.browser;

import java.util.Set;
import java.util.UUID;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.programs.ProgramBook;
import dev.spotter.programs.ProgramSummary;
import dev.spotter.programs.engine.Specialisation;
import dev.spotter.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client trains today's session on a phone: logs sets (the rest timer starts after each, and a set logged with
 * no connection is sent when the phone is back online), swaps an exercise, reports pain, finishes with session RPE; the trainer reads the session
 * and leaves a note; the client finds the note on their Today screen.
 */
class TrainingJourneyTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClientDirectory directory;

    @Autowired
    ProgramBook book;

    @Autowired
    JdbcClient jdbc;

    @Test
    void clientLogsASessionAndReadsTheTrainersNote() {
        var studio = fixtures.studio("Training Journey Gym");
        UUID client = ScreenedClient.prepare(studio, jdbc, directory);
        ProgramSummary program = book.generate(studio.trainer(), client, Specialisation.STRENGTH, 4, 42L);
        book.publish(studio.trainer(), program.id(), 1, "Reviewed with Cara before her first session.");

        signIn(studio.client().email(), Fixtures.PASSWORD);
        click(By.linkText("Today"));
        wait.until(ExpectedConditions.urlContains("/portal/today"));
        assertThat(browser.findElement(By.cssSelector(".today-position")).getText()).startsWith("Week 1 · Session 1 of");
        click(By.xpath("//button[text()='Start session']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.set-form-strength")));

        String strength = "(//form[contains(@class,'set-form-strength')])";
        replace(strength + "[1]//input[@name='load']", "40");
        click(By.xpath(strength + "[1]//button"));
        WebElement timer = browser.findElement(By.cssSelector("[data-rest-timer]"));
        wait.until(ExpectedConditions.visibilityOf(timer));
        assertThat(timer.getText()).contains("Rest").containsPattern("\\d:\\d\\d");
        wait.until(ExpectedConditions.textToBe(By.xpath(strength + "[1]//button"), "✓ Logged"));

        // In the gym's basement: no connection. The set waits on the phone and goes when the phone is back online.
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.setNetworkConditions(offline);
        replace(strength + "[2]//input[@name='load']", "42.5");
        click(By.xpath(strength + "[2]//button"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-outbox]")));
        assertThat(browser.findElement(By.cssSelector("[data-outbox]")).getText())
                .contains("1 set is saved on this phone");
        browser.deleteNetworkConditions();
        browser.executeScript("window.dispatchEvent(new Event('online'));");
        wait.until(ExpectedConditions.textToBe(By.xpath(strength + "[2]//button"), "✓ Logged"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-outbox]")));
        assertThat(jdbc.sql("select count(*) from logged_set s join workout w using (studio_id, workout_id) "
                + "where w.client_id = ?").param(client).query(Integer.class).single()).isEqualTo(2);

        click(By.cssSelector("[data-rest-skip]"));

        // The interval timer runs work and rest phases for the rounds a cardio prescription gives (a strength
        // session has none, so the button a rower interval block renders is added here as the page would).
        browser.executeScript("document.querySelector('.today-actions').insertAdjacentHTML('beforeend', "
                + "'<button type=\"button\" class=\"btn\" data-interval data-work=\"2\" data-rest=\"1\" "
                + "data-rounds=\"2\" data-name=\"Rower intervals\">Interval timer</button>');");
        click(By.xpath("//button[text()='Interval timer']"));
        WebElement intervals = browser.findElement(By.cssSelector("[data-interval-timer]"));
        wait.until(ExpectedConditions.visibilityOf(intervals));
        assertThat(intervals.getText()).contains("Rower intervals", "WORK", "Round 1 of 2");
        wait.until(ExpectedConditions.textToBePresentInElement(intervals, "REST"));
        wait.until(ExpectedConditions.textToBePresentInElement(intervals, "Round 2 of 2"));
        wait.until(ExpectedConditions.textToBePresentInElement(intervals, "DONE"));
        click(By.cssSelector("[data-interval-stop]"));
        wait.until(ExpectedConditions.invisibilityOf(intervals));

        // The rack for the next lift is taken: swap it for a safe alternative, saying why.
        String lifts = "(//article[.//form[contains(@class,'set-form-strength')]])";
        String first = "//article[@id='" + browser.findElement(By.xpath(lifts + "[1]")).getAttribute("id") + "']";
        String second = "//article[@id='" + browser.findElement(By.xpath(lifts + "[2]")).getAttribute("id") + "']";
        String before = browser.findElement(By.xpath(second + "//h3")).getText();
        click(By.xpath(second + "//a[text()='Swap exercise']"));
        wait.until(ExpectedConditions.urlContains("/portal/today/swap"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Swap " + before);
        String chosen = browser.findElement(By.cssSelector(".choice-list .choice-title")).getText();
        click(By.xpath("//label[contains(@class,'choice')][.//span[text()='The equipment was taken']]"));
        click(By.xpath("//button[text()='Swap exercise']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Swapped"));
        assertThat(browser.findElement(By.xpath(second + "//h3")).getText()).isEqualTo(chosen);
        assertThat(browser.findElement(By.xpath(second)).getText())
                .contains("Swapped in for " + before + ": the equipment was taken.");

        // The first lift hurt a knee: report it; the coach will see it and the movement is avoided next time.
        click(By.xpath(first + "//a[text()='Something hurts']"));
        wait.until(ExpectedConditions.urlContains("/portal/today/pain"));
        click(By.xpath("//label[contains(@class,'rpe-option')][.//span[text()='4']]"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("region"))).selectByVisibleText("Knee");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("side"))).selectByVisibleText("Left");
        browser.findElement(By.id("note")).sendKeys("Twinge at the bottom.");
        click(By.xpath("//button[text()='Tell my coach']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Thank you"));
        assertThat(browser.findElement(By.xpath(first)).getText()).contains("You reported Knee (left), 4/10");

        click(By.xpath("//label[contains(@class,'rpe-option')][.//span[text()='7']]"));
        browser.findElement(By.id("notes")).sendKeys("Deadlifts felt heavy.");
        click(By.xpath("//button[text()='Finish session']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Session saved"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("2 of", "RPE 7");
        assertThat(browser.findElement(By.cssSelector(".today-position")).getText()).startsWith("Week 1 · Session 2 of");

        browser.manage().deleteAllCookies();
        signIn(studio.trainer().email(), Fixtures.PASSWORD);
        browser.get(url("/app/clients/" + client + "/training"));
        assertThat(browser.findElement(By.cssSelector(".attention-list")).getText())
                .contains("Pain reported: Knee (left), 4/10 during");
        browser.get(url("/app/clients/" + client));
        click(By.cssSelector("#training a.list-title"));
        wait.until(ExpectedConditions.urlContains("/training/"));
        String detail = browser.findElement(By.tagName("main")).getText();
        assertThat(detail).contains("Set 1: ", " x 40 kg", "Set 2: ", " x 42.5 kg", "Deadlifts felt heavy.",
                "in place of " + before, "The equipment was taken", "Twinge at the bottom.");
        browser.findElement(By.id("body")).sendKeys("Strong start. Keep 42.5 kg next time.");
        click(By.xpath("//button[text()='Save note']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Note saved"));

        browser.manage().deleteAllCookies();
        signIn(studio.client().email(), Fixtures.PASSWORD);
        browser.get(url("/portal/today"));
        assertThat(browser.findElement(By.id("recent")).getText())
                .contains("Coach’s note", "Strong start. Keep 42.5 kg next time.", "Terry Trainer");
    }

    private void replace(String xpath, String text) {
        WebElement input = browser.findElement(By.xpath(xpath));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", input);
        input.clear();
        input.sendKeys(text);
    }
}
