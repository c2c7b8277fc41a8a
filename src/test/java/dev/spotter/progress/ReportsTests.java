package dev.spotter.progress;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.progress.MeasurementsTests.body;
import static dev.spotter.support.Fixtures.as;
import static dev.spotter.support.Fixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** A progress report of a period, as a page and a PDF, that reaches the client only once it is sent. */
@IntegrationTest
class ReportsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClientDirectory directory;

    ProgressWorld world;

    @BeforeEach
    void world() {
        world = new ProgressWorld(fixtures, jdbc, directory, "Report Gym", LocalDate.now().minusYears(70)
                .minusDays(40), "FEMALE", 160);
        LocalDate today = LocalDate.now();
        measure(today.minusDays(30), "{\"bodyMassKg\":68.4,\"neckM\":0.33,\"waistM\":0.82,\"hipM\":1.0}");
        measure(today.minusDays(2), "{\"bodyMassKg\":67.1,\"neckM\":0.33,\"waistM\":0.80,\"hipM\":0.99}");
        assertThat(mvc.post().uri("/api/v1/clients/{id}/assessments", world.clientId).with(bearer(world.trainerToken))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"sft-chair-stand\",\"testedOn\":\""
                        + today.minusDays(2) + "\",\"inputs\":{\"repetitions\":13}}").exchange()).hasStatus(201);
    }

    @Test
    void theTrainerWritesAReportAndReadsItAsAPageAndAPdf() {
        String report = write();
        String page = page(report, world.trainer());
        assertThat(page).contains("progress report").contains("67.1 kg").contains("−1.3 kg in the period")
                .contains("US Navy (Hodgdon &amp; Beckett 1984)").contains("Within normal range")
                .contains("Kept every session this month.").contains("<svg class=\"chart\"")
                .contains("Send to Cara Client");

        MvcTestResult pdf = mvc.get().uri(report + "/pdf").with(as(world.trainer())).exchange();
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        byte[] bytes = pdf.getResponse().getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(5_000);
    }

    @Test
    void theClientSeesAReportOnlyOnceItIsSent() {
        String report = write();
        String id = report.substring(report.lastIndexOf('/') + 1);
        assertThat(mvc.get().uri("/portal/progress/reports/{id}", id).with(as(world.client())).exchange())
                .hasStatus(404);

        MvcTestResult sent = mvc.post().uri(report + "/send").with(csrf()).with(as(world.trainer())).exchange();
        assertThat(sent).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/portal/progress/reports/{id}", id).with(as(world.client())).exchange())
                .hasStatusOk();
        assertThat(page("/portal/progress", world.client())).contains("Progress reports")
                .contains("/portal/progress/reports/" + id);
        assertThat(mvc.get().uri("/portal/progress/reports/{id}/pdf", id).with(as(world.client())).exchange())
                .hasStatusOk();
    }

    @Test
    void aPeriodEndingInTheFutureIsRefusedNextToItsField() {
        MvcTestResult result = mvc.post().uri("/app/clients/{id}/progress/reports", world.clientId).with(csrf())
                .with(as(world.trainer())).param("from", LocalDate.now().minusMonths(1).toString())
                .param("to", LocalDate.now().plusDays(5).toString()).exchange();
        assertThat(result).hasStatusOk();
        assertThat(body(result)).contains("Cannot be in the future.").contains("aria-invalid=\"true\"");
    }

    private String write() {
        MvcTestResult written = mvc.post().uri("/app/clients/{id}/progress/reports", world.clientId).with(csrf())
                .with(as(world.trainer())).param("from", LocalDate.now().minusMonths(3).toString())
                .param("to", LocalDate.now().toString()).param("comments", "Kept every session this month.")
                .exchange();
        assertThat(written).hasStatus3xxRedirection();
        return written.getResponse().getRedirectedUrl();
    }

    private void measure(LocalDate day, String values) {
        assertThat(mvc.post().uri("/api/v1/clients/{id}/measurements", world.clientId).with(bearer(world.trainerToken))
                .contentType(MediaType.APPLICATION_JSON).content("{\"measuredOn\":\"" + day + "\","
                        + values.substring(1)).exchange()).hasStatus(201);
    }

    private String page(String uri, dev.spotter.platform.security.SpotterPrincipal who) {
        MvcTestResult result = mvc.get().uri(uri).with(as(who)).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }
}
