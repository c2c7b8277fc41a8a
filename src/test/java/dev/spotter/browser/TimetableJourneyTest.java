package dev.spotter.browser;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.scheduling.SaveService;
import dev.spotter.scheduling.ScheduleSetup;
import dev.spotter.scheduling.ServiceKind;
import dev.spotter.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner asks the optimiser for a week of classes, watches it work, accepts its timetable and sees the classes. */
class TimetableJourneyTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ScheduleSetup setup;

    @Test
    void ownerRunsTheOptimiserAndAcceptsATimetable() {
        var studio = fixtures.studio("Timetable Journey Gym");
        setup.saveService(studio.owner(), null, new SaveService("Spin", ServiceKind.CLASS, 45, 12, 15, 0, 12, null,
                true));
        setup.saveService(studio.owner(), null, new SaveService("Yoga", ServiceKind.CLASS, 60, 10, 0, 0, 12, null,
                true));
        var location = setup.addLocation(studio.owner(), "Main", null);
        setup.addRoom(studio.owner(), location.id(), "Studio 1", 20, List.of());
        for (SpotterPrincipal coach : List.of(studio.owner(), studio.trainer())) {
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
                setup.addWeeklyHours(studio.owner(), coach.memberId(), day, LocalTime.of(7, 0), LocalTime.of(12, 0));
            }
        }

        signIn(studio.owner().email(), Fixtures.PASSWORD);
        browser.get(url("/app/schedule/classes"));
        click(By.linkText("Timetable"));
        wait.until(ExpectedConditions.urlContains("/app/schedule/timetable"));
        setCount("Spin a week", "2");
        setCount("Yoga a week", "1");
        click(By.xpath("//button[text()='Find a timetable']"));

        // The page polls while the optimiser works; it settles a few seconds after its first good timetable.
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//button[text()='Accept this timetable']")));
        // The finished run asks htmx to reload the page; once it has, the owner reads the page afresh.
        wait.until(driver -> "complete".equals(browser.executeScript("return document.readyState"))
                && browser.findElements(By.cssSelector("#run[hx-get]")).isEmpty());
        browser.get(url("/app/schedule/timetable"));
        assertThat(browser.findElement(By.id("run-status")).getText()).isEqualTo("Finished");
        assertThat(browser.findElement(By.id("run-score")).getText()).contains("keeps every rule");
        assertThat(browser.findElement(By.id("run-classes")).getText()).contains("Spin", "Yoga", "Studio 1");
        assertThat(browser.findElements(By.cssSelector("#run-classes tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.id("run-explanation")).getText()).contains("Why it scores this");

        click(By.xpath("//button[text()='Accept this timetable']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                "3 classes are on the timetable"));
        assertThat(browser.getCurrentUrl()).contains("/app/schedule/classes");
        String week = browser.findElement(By.cssSelector("main")).getText();
        assertThat(week).contains("Spin", "Yoga", "Studio 1");
        assertThat(browser.findElements(By.xpath("//span[@class='list-title']/span[text()='Spin']"))).hasSize(2);
    }

    private void setCount(String label, String count) {
        WebElement input = browser.findElement(By.xpath("//label[text()='" + label + "']/following-sibling::input"));
        input.clear();
        input.sendKeys(count);
    }
}
