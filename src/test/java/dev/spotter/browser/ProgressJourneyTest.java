package dev.spotter.browser;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.ClientStatus;
import dev.spotter.clients.EquipmentAccess;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.ProfileUpdate;
import dev.spotter.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer records measurements and runs the Senior Fitness Test for a 70-year-old client on a phone, sees each
 * result's category against the normal range for her age and the charts, then writes a progress report as a PDF.
 */
class ProgressJourneyTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClientDirectory directory;

    @Test
    void trainerAssessesASeventyYearOldAndReportsHerProgress() throws Exception {
        var studio = fixtures.studio("Progress Journey Gym");
        UUID client = jdbc.sql("select client_id from client where studio_id = ? and member_id = ?")
                .params(studio.owner().studioId().value(), studio.client().memberId().value()).query(UUID.class)
                .single();
        Client cara = directory.client(studio.trainer(), client);
        directory.updateProfile(studio.trainer(), client, new ProfileUpdate(cara.displayName(), cara.email(), null,
                LocalDate.now().minusYears(70).minusDays(20), "FEMALE", new BigDecimal("160"), new BigDecimal("66"),
                64, Goal.GENERAL_HEALTH, null, null, Set.of(), Experience.BEGINNER, 90, 3, 6, 2, 45,
                Set.of(EquipmentAccess.HOME), List.of(), List.of(), null, null, ClientStatus.ACTIVE));

        signIn(studio.trainer().email(), Fixtures.PASSWORD);
        browser.get(url("/app/clients/" + client));
        click(By.linkText("Open progress"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Cara Client’s progress"));

        click(By.linkText("Record measurements"));
        browser.findElement(By.id("bodyMass")).sendKeys("66.4");
        browser.findElement(By.id("neck")).sendKeys("33");
        browser.findElement(By.id("waist")).sendKeys("84");
        browser.findElement(By.id("hip")).sendKeys("101");
        click(By.xpath("//button[text()='Save measurements']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
        String body = browser.findElement(By.id("body")).getText();
        // 66.4 kg / 1.60² m = 25.9: overweight by the WHO adult cut-offs; the US Navy equation for women applies.
        assertThat(body).contains("66.4 kg", "25.9", "Overweight (pre-obese) (WHO)", "US Navy (Hodgdon & Beckett 1984)");

        click(By.linkText("Plan an assessment"));
        click(By.xpath("//label[.//span[text()='Senior Fitness Test']]"));
        click(By.xpath("//button[text()='Plan and open']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Senior Fitness Test"));

        // Rikli & Jones (2001), women 70-74: chair stand 10-15, arm curl 12-17, 8-foot up-and-go 4.9-7.1 s.
        record("sft-chair-stand", "repetitions", "14");
        record("sft-arm-curl", "repetitions", "19");
        record("sft-8-foot-up-and-go", "timeS", "7.6");
        assertThat(browser.findElement(By.id("sft-chair-stand")).getText()).contains("14 stands",
                "Within normal range");
        assertThat(browser.findElement(By.id("sft-arm-curl")).getText()).contains("19 curls", "Above normal range");
        assertThat(browser.findElement(By.id("sft-8-foot-up-and-go")).getText()).contains("7.6 s",
                "Below normal range");
        click(By.xpath("//button[text()='Finish assessment']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("charts")));

        String charts = browser.findElement(By.id("charts")).getText();
        assertThat(charts).contains("Body mass", "30-second chair stand", "Values as a table");
        assertThat(browser.findElements(By.cssSelector("#charts svg[role=img]"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(browser.findElement(By.id("assessments")).getText()).contains("Within normal range",
                "Above normal range", "Below normal range");
        Files.write(Path.of("target/progress-journey-page.png"), browser.getScreenshotAs(OutputType.BYTES));

        click(By.linkText("Progress report"));
        browser.findElement(By.id("comments")).sendKeys("Strong legs and arms for your age; let us work on the "
                + "up-and-go with balance practice.");
        click(By.xpath("//button[text()='Create report']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "progress report"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Within normal range",
                "Rikli & Jones", "balance practice");

        String pdfLink = browser.findElement(By.linkText("Download PDF")).getAttribute("href");
        String session = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfLink))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        Files.write(Path.of("target/progress-journey-report.pdf"), pdf.body());

        click(By.xpath("//button[text()='Send to Cara Client']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "their portal"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Send again");
    }

    /** Types a result into a test's card and waits for the card to come back with it saved. */
    private void record(String test, String field, String value) {
        browser.findElement(By.id(test + "-" + field)).sendKeys(value);
        click(By.cssSelector("#" + test + " button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#" + test + " .badge-success"),
                "Saved"));
    }
}
