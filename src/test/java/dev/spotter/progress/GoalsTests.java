package dev.spotter.progress;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
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

/** Goals followed on their trend, projected to a day, with milestones recorded as they are passed. */
@IntegrationTest
class GoalsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClientDirectory directory;

    @Autowired
    GoalBook goals;

    ProgressWorld world;

    @BeforeEach
    void world() {
        world = new ProgressWorld(fixtures, jdbc, directory, "Goal Gym", LocalDate.parse("1988-06-01"), "MALE", 180);
    }

    @Test
    void aBodyMassGoalShowsItsTrendProjectionAndMilestones() {
        LocalDate today = LocalDate.now();
        mass(today.minusDays(28), 84);
        assertThat(mvc.post().uri("/app/clients/{id}/progress/goals", world.clientId).with(csrf())
                .with(as(world.trainer())).param("kind", "BODY_MASS").param("target", "80")
                .param("targetOn", today.plusMonths(3).toString()).exchange()).hasStatus3xxRedirection();
        // 84 kg falling 0.1 kg a day: 83 after 10 days (25 %), 82 after 20 (50 %), 81.2 on day 28.
        mass(today.minusDays(18), 83);
        mass(today.minusDays(8), 82);
        mass(today, 81.2);

        var standing = goals.standing(world.trainer(), world.clientId).get(0);
        assertThat(standing.percent()).isEqualTo(70.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(standing.goal().milestones()).extracting(Goal.Milestone::percent).containsExactly(25, 50);
        assertThat(standing.goal().milestones().get(0).reachedOn()).isEqualTo(today.minusDays(18));
        assertThat(standing.trend().slopePerDay()).isNegative();
        assertThat(standing.projectedOn()).isAfter(today).isBefore(today.plusMonths(3));
        assertThat(standing.onCourse()).isTrue();
        assertThat(jdbc.sql("select count(*) from goal_milestone where studio_id = ?")
                .param(world.trainer().studioId().value()).query(Integer.class).single()).isEqualTo(2);

        String page = page("/app/clients/" + world.clientId + "/progress");
        assertThat(page).contains("81.2 kg → 80 kg").contains("70 %").contains("(on course)")
                .contains("25 % of the way").contains("a week (least squares");
    }

    @Test
    void aGoalNeedsSomethingToStartFrom() {
        MvcTestResult result = mvc.post().uri("/app/clients/{id}/progress/goals", world.clientId).with(csrf())
                .with(as(world.trainer())).param("kind", "TEST").param("test", "plank").param("target", "120")
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(body(result)).contains("Has no result yet: record the test first, the goal starts from it.");
    }

    @Test
    void theProgressPageDrawsAccessibleChartsWithTheirValuesAsATable() {
        LocalDate today = LocalDate.now();
        for (int week = 8; week >= 0; week--) {
            mass(today.minusWeeks(week), 84 - (8 - week) * 0.3);
        }
        String page = page("/app/clients/" + world.clientId + "/progress");
        assertThat(page).contains("<svg class=\"chart\"").contains("role=\"img\"")
                .contains("<title id=\"chart-mass-title\">Body mass (kg)</title>")
                .contains("Least-squares trend").contains("7-day average")
                .contains("Values as a table (9 rows)");
    }

    private void mass(LocalDate day, double kg) {
        MvcTestResult result = mvc.post().uri("/api/v1/clients/{id}/measurements", world.clientId)
                .with(bearer(world.trainerToken)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"measuredOn\":\"" + day + "\",\"bodyMassKg\":" + kg + "}").exchange();
        assertThat(result).hasStatus(201);
        assertThat(JsonPath.<Object>read(body(result), "$.id")).isNotNull();
    }

    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(world.trainer())).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }
}
