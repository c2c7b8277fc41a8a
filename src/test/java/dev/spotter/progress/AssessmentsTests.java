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

/** Assessments planned and run from a phone, each result rated against its norm with the change since last time. */
@IntegrationTest
class AssessmentsTests {

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
    void aSeventyYearOldWoman() {
        world = new ProgressWorld(fixtures, jdbc, directory, "Assess Gym", LocalDate.now().minusYears(70)
                .minusDays(10), "FEMALE", 162);
    }

    @Test
    void theTrainerRunsASeniorFitnessTestAndSeesEachItemAgainstItsNormalRange() {
        MvcTestResult planned = mvc.post().uri("/app/clients/{id}/progress/assessments", world.clientId)
                .with(csrf()).with(as(world.trainer())).param("scheduledOn", LocalDate.now().toString())
                .param("battery", "SENIOR_FITNESS_TEST").exchange();
        assertThat(planned).hasStatus3xxRedirection();
        String session = planned.getResponse().getRedirectedUrl();
        assertThat(page(session)).contains("Senior Fitness Test").contains("30-second chair stand")
                .contains("8-foot up-and-go").contains("0 of 7 done");

        // Rikli & Jones (2001), women 70-74: chair stand 10-15 stands, 8-foot up-and-go 4.9-7.1 s.
        MvcTestResult card = mvc.post().uri(session + "/results").with(csrf()).with(as(world.trainer()))
                .header("HX-Request", "true").param("kind", "sft-chair-stand").param("repetitions", "14").exchange();
        assertThat(card).hasStatusOk();
        assertThat(body(card)).contains("14 stands").contains("Within normal range").contains("First result")
                .contains("Rikli &amp; Jones").doesNotContain("<html");
        MvcTestResult slow = mvc.post().uri(session + "/results").with(csrf()).with(as(world.trainer()))
                .param("kind", "sft-8-foot-up-and-go").param("timeS", "7.5").exchange();
        assertThat(slow).hasStatus3xxRedirection();
        assertThat(page(session)).contains("2 of 7 done").contains("7.5 s").contains("Below normal range");
        mvc.post().uri(session + "/results").with(csrf()).with(as(world.trainer()))
                .param("kind", "sft-8-foot-up-and-go").param("timeS", "7.0").exchange();
        assertThat(page(session)).as("a correction replaces the result").contains("2 of 7 done").contains("7 s")
                .contains("Within normal range");

        assertThat(mvc.post().uri(session + "/finish").with(csrf()).with(as(world.trainer())).exchange())
                .hasStatus3xxRedirection();
        assertThat(page("/app/clients/" + world.clientId + "/progress")).contains("14 stands").contains("7 s")
                .contains("Within normal range").doesNotContain("Below normal range");
    }

    @Test
    void aLaterResultShowsItsChangeAndWhetherItIsBetter() {
        record("sft-8-foot-up-and-go", LocalDate.now().minusWeeks(8), "{\"timeS\":7.5}");
        String json = record("sft-8-foot-up-and-go", LocalDate.now(), "{\"timeS\":6.9}");
        assertThat(JsonPath.<String>read(json, "$.rating")).isEqualTo("Within normal range");
        assertThat(JsonPath.<Number>read(json, "$.change.valueDelta").doubleValue()).isCloseTo(-0.6,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(JsonPath.<String>read(json, "$.change.trend")).isEqualTo("BETTER");
        assertThat(page("/app/clients/" + world.clientId + "/progress")).contains("6.9 s")
                .contains("−0.6 s since last time (better)");
    }

    @Test
    void aTestWithAnEquationShowsItsEstimate() {
        // Cooper (1968): VO2max = (metres - 504.9) / 44.73; 2,400 m gives 42.4 ml/kg/min.
        String json = record("cooper-12-minute-run", LocalDate.now(), "{\"distanceM\":2400}");
        assertThat(JsonPath.<Number>read(json, "$.estimate").doubleValue()).isEqualTo(42.4);
        assertThat(JsonPath.<String>read(json, "$.estimateLabel")).isEqualTo("VO2max");
    }

    @Test
    void aMissingOrImpossibleInputIsRefusedNamingIt() {
        MvcTestResult missing = post("{\"kind\":\"blood-pressure\",\"testedOn\":\"" + LocalDate.now()
                + "\",\"inputs\":{\"systolicMmhg\":128}}");
        assertThat(missing).hasStatus(400);
        assertThat(JsonPath.<String>read(body(missing), "$.errors[0].field")).isEqualTo("diastolicMmhg");
        assertThat(JsonPath.<String>read(body(missing), "$.errors[0].message")).isEqualTo("is required");

        MvcTestResult impossible = post("{\"kind\":\"resting-heart-rate\",\"testedOn\":\"" + LocalDate.now()
                + "\",\"inputs\":{\"heartRateBpm\":400}}");
        assertThat(JsonPath.<String>read(body(impossible), "$.errors[0].message"))
                .isEqualTo("must be between 25 and 250 beats/min");
    }

    @Test
    void aClientCannotRecordResultsButCanDownloadTheirs() {
        record("plank", LocalDate.now(), "{\"timeS\":45}");
        assertThat(mvc.post().uri("/api/v1/clients/{id}/assessments", world.clientId).with(bearer(world.clientToken))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"plank\",\"inputs\":{\"timeS\":60}}")
                .exchange()).hasStatus(403);
        MvcTestResult csv = mvc.get().uri("/portal/progress/assessments.csv").with(as(world.client())).exchange();
        assertThat(body(csv)).startsWith("date,test,lift,value,unit").contains("Plank hold");
    }

    private String record(String kind, LocalDate day, String inputs) {
        MvcTestResult result = post("{\"kind\":\"" + kind + "\",\"testedOn\":\"" + day + "\",\"inputs\":" + inputs
                + "}");
        assertThat(result).hasStatus(201);
        return body(result);
    }

    private MvcTestResult post(String json) {
        return mvc.post().uri("/api/v1/clients/{id}/assessments", world.clientId).with(bearer(world.trainerToken))
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(world.trainer())).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }
}
