package dev.spotter.browser;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.scheduling.ClassBook;
import dev.spotter.scheduling.JoinClass;
import dev.spotter.scheduling.SaveClassSchedule;
import dev.spotter.scheduling.SaveService;
import dev.spotter.scheduling.ScheduleSetup;
import dev.spotter.scheduling.ServiceKind;
import dev.spotter.support.Fixtures;
import dev.spotter.support.TestInfrastructure;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client books a 1:1 session on a phone and cancels it; a class fills, the next member joins its waitlist, a
 * booked member cancels and the waiting member finds the place is theirs, by email and in the portal.
 */
class SchedulingJourneyTest extends BrowserJourney {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Fixtures fixtures;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    ClassBook classes;

    @Autowired
    ClientDirectory directory;

    @Test
    void clientBooksASessionAndCancelsIt() {
        var studio = fixtures.studio("Booking Journey Gym");
        setup.saveService(studio.owner(), null, new SaveService("PT session", ServiceKind.ONE_TO_ONE, 60, 1, 0, 60,
                24, null, true));
        for (DayOfWeek day : DayOfWeek.values()) {
            setup.addWeeklyHours(studio.owner(), studio.trainer().memberId(), day, LocalTime.of(6, 0),
                    LocalTime.of(22, 0));
        }

        signIn(studio.client().email(), Fixtures.PASSWORD);
        browser.get(url("/portal/sessions"));
        click(By.linkText("Book a session"));
        click(By.xpath("//a[.//span[text()='PT session']]"));
        click(By.xpath("//a[.//span[text()='Terry Trainer']]"));
        // Next week always has free times, whatever the hour now.
        click(By.linkText("Next week ›"));
        wait.until(ExpectedConditions.urlContains("date="));
        String time = browser.findElement(By.cssSelector("button.slot")).getText();
        click(By.cssSelector("button.slot"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Booked. See you then!"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("PT session");
        String details = browser.findElement(By.cssSelector("dl.details")).getText();
        assertThat(details).contains(time, "Terry Trainer", "Booked");

        click(By.xpath("//button[text()='Cancel this session']"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash"), "Cancelled."));
        assertThat(browser.findElement(By.cssSelector("dl.details .badge")).getText()).isEqualTo("Cancelled");
        assertThat(browser.findElements(By.xpath("//button[text()='Cancel this session']"))).isEmpty();

        // Her sessions in her phone's calendar: the private link is shown once.
        browser.get(url("/portal/sessions"));
        click(By.xpath("//button[text()='Make a calendar link']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                "Your calendar link is ready"));
        assertThat(browser.findElement(By.id("feed-url")).getAttribute("value")).matches(".*/calendar/cal_.+\\.ics");
        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("feed-url"))).isEmpty();
        assertThat(browser.findElement(By.id("calendar-feed")).getText()).contains("has been on since");
    }

    @Test
    void aPlaceThatComesFreeGoesToTheWaitingMember() throws Exception {
        var studio = fixtures.studio("Class Journey Gym");
        var spin = setup.saveService(studio.owner(), null, new SaveService("Spin", ServiceKind.CLASS, 45, 2, 15, 0,
                12, null, true));
        var location = setup.addLocation(studio.owner(), "Main", null);
        var room = setup.addRoom(studio.owner(), location.id(), "Studio 1", 20, List.of());
        LocalDate day = LocalDate.now(LONDON).plusDays(3);
        var schedule = classes.createSchedule(studio.trainer(), new SaveClassSchedule(spin.id(),
                studio.trainer().memberId(), room.id(), day, LocalTime.of(18, 0), "FREQ=WEEKLY;COUNT=2"));
        Instant start = day.atTime(18, 0).atZone(LONDON).toInstant();
        // Cara and Bea take both places.
        var caras = classes.join(studio.client(), new JoinClass(schedule.id(), start, UUID.randomUUID(), false));
        SpotterPrincipal bea = fixtures.join(studio.trainer(), Role.CLIENT, "Bea Booked");
        classes.join(bea, new JoinClass(schedule.id(), start, UUID.randomUUID(), false));
        SpotterPrincipal walt = fixtures.join(studio.trainer(), Role.CLIENT, "Walt Waiting");

        signIn(walt.email(), Fixtures.PASSWORD);
        browser.get(url("/portal/sessions/classes?date=" + day));
        String spinEntry = "//li[contains(@class,'class-entry')][.//span[text()='Spin']][1]";
        assertThat(browser.findElement(By.xpath(spinEntry)).getText()).contains("Full");
        click(By.xpath(spinEntry + "//button[text()='Join waitlist']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                "You are on the waitlist"));
        click(By.xpath(spinEntry + "//a[text()='On the waitlist']"));
        wait.until(ExpectedConditions.urlContains("/portal/sessions/classes/places/"));
        assertThat(browser.findElement(By.cssSelector("dl.details .badge")).getText()).isEqualTo("On the waitlist");

        browser.manage().deleteAllCookies();
        signIn(studio.client().email(), Fixtures.PASSWORD);
        browser.get(url("/portal/sessions/classes/places/" + caras.place().id()));
        click(By.xpath("//button[text()='Cancel my place']"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash"), "Cancelled."));
        assertThat(browser.findElement(By.cssSelector("dl.details .badge")).getText()).isEqualTo("Cancelled");

        MimeMessage promotion = awaitPromotionMail(directory.self(walt).email());
        assertThat(promotion.getSubject()).startsWith("A place came free: Spin on");

        browser.manage().deleteAllCookies();
        signIn(walt.email(), Fixtures.PASSWORD);
        browser.get(url("/portal/sessions/classes?date=" + day));
        assertThat(browser.findElements(By.xpath(spinEntry + "//button"))).isEmpty();
        click(By.xpath(spinEntry + "//a[text()='Booked']"));
        wait.until(ExpectedConditions.urlContains("/portal/sessions/classes/places/"));
        assertThat(browser.findElement(By.cssSelector("dl.details .badge")).getText()).isEqualTo("Booked");
        assertThat(browser.findElement(By.xpath("//button[text()='Cancel my place']")).isDisplayed()).isTrue();
    }

    private static MimeMessage awaitPromotionMail(String email) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            for (MimeMessage message : TestInfrastructure.mail().getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(email)
                        && message.getSubject().startsWith("A place came free")) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no promotion email to " + email);
    }
}
