package dev.spotter.scheduling;

import com.jayway.jsonpath.JsonPath;
import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.support.Fixtures.as;
import static dev.spotter.support.Fixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** Services, locations, rooms and coaches' hours through the API and the setup pages, and who may change them. */
@IntegrationTest
class ScheduleSetupTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    Fixtures.StudioFixture studio;
    String owner;
    String trainer;
    String client;

    @BeforeEach
    void studio() {
        studio = fixtures.studio("Setup Gym");
        owner = fixtures.token(studio.owner());
        trainer = fixtures.token(studio.trainer());
        client = fixtures.token(studio.client());
    }

    MvcTestResult post(String token, String path, String body) {
        return mvc.post().uri(path).with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body)
                .exchange();
    }

    @Test
    void theOwnerCreatesAServiceAndClientsSeeOnlyActiveOnes() {
        MvcTestResult created = post(owner, "/api/v1/scheduling/services", """
                {"name":"PT session","kind":"ONE_TO_ONE","durationMinutes":60,"bufferMinutes":15,
                 "noticeMinutes":720,"cancellationHours":24,"qualification":"Level 3 PT"}""");
        assertThat(created).hasStatus(201);
        String id = JsonPath.read(body(created), "$.id");
        assertThat(post(owner, "/api/v1/scheduling/services", """
                {"name":"Old class","kind":"CLASS","durationMinutes":45,"capacity":12,"active":false}"""))
                .hasStatus(201);
        assertThat(mvc.get().uri("/api/v1/scheduling/services").with(bearer(client)).exchange())
                .hasStatusOk().bodyJson().extractingPath("$[*].id").asArray().containsExactly(id);
        assertThat(mvc.get().uri("/api/v1/scheduling/services").with(bearer(trainer)).exchange())
                .bodyJson().extractingPath("$.length()").isEqualTo(2);
    }

    @Test
    void refusesAServiceOutOfRangeNamingEachField() {
        MvcTestResult refused = post(owner, "/api/v1/scheduling/services", """
                {"name":"","kind":"CLASS","durationMinutes":2,"capacity":1}""");
        assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("name", "durationMinutes", "capacity");
    }

    @Test
    void onlyTheOwnerSetsUpServicesAndRooms() {
        assertThat(post(trainer, "/api/v1/scheduling/services", """
                {"name":"PT","kind":"ONE_TO_ONE","durationMinutes":60}""")).hasStatus(403);
        assertThat(post(trainer, "/api/v1/scheduling/locations", "{\"name\":\"Main\"}")).hasStatus(403);
    }

    @Test
    void aLocationHasRoomsWithCapacityAndEquipment() {
        String location = JsonPath.read(body(post(owner, "/api/v1/scheduling/locations",
                "{\"name\":\"High Street\",\"address\":\"1 High St\"}")), "$.id");
        assertThat(post(owner, "/api/v1/scheduling/locations/" + location + "/rooms",
                "{\"name\":\"Studio 1\",\"capacity\":12,\"equipment\":[\"bikes\",\" mats \",\"\"]}"))
                .hasStatus(201);
        assertThat(post(owner, "/api/v1/scheduling/locations/" + location + "/rooms",
                "{\"name\":\"Studio 2\",\"capacity\":0}")).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("capacity");
        assertThat(mvc.get().uri("/api/v1/scheduling/locations").with(bearer(trainer)).exchange()).bodyJson()
                .extractingPath("$[0].rooms[0].equipment").asArray().containsExactly("bikes", "mats");
    }

    @Test
    void aTrainerKeepsTheirOwnHoursButNotAnotherCoachs() {
        String self = studio.trainer().memberId().toString();
        assertThat(post(trainer, "/api/v1/scheduling/coaches/" + self + "/hours",
                "{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"17:00\"}")).hasStatus(201);
        assertThat(post(trainer, "/api/v1/scheduling/coaches/" + self + "/hours",
                "{\"day\":\"MONDAY\",\"start\":\"17:00\",\"end\":\"09:00\"}")).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("end");
        assertThat(post(trainer, "/api/v1/scheduling/coaches/" + self + "/time-off",
                "{\"from\":\"2030-08-03\",\"to\":\"2030-08-01\"}")).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("to");
        assertThat(post(trainer, "/api/v1/scheduling/coaches/" + studio.owner().memberId() + "/hours",
                "{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"17:00\"}")).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/scheduling/coaches/" + self + "/hours").with(bearer(owner)).exchange())
                .bodyJson().extractingPath("$.weekly[0].start").isEqualTo("09:00:00");
    }

    @Test
    void anotherStudiosCoachIsNotFound() {
        var other = fixtures.studio("Other Setup Gym");
        assertThat(mvc.get().uri("/api/v1/scheduling/coaches/" + other.trainer().memberId() + "/hours")
                .with(bearer(owner)).exchange()).hasStatus(404);
    }

    @Test
    void theServiceFormShowsTheErrorNextToTheField() {
        MvcTestResult page = mvc.post().uri("/app/schedule/services").with(as(studio.owner()))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("name", "PT").param("kind", "ONE_TO_ONE").param("durationMinutes", "600")
                .param("bufferMinutes", "0").param("noticeMinutes", "0").param("cancellationHours", "24").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("id=\"durationMinutes-error\"").contains("Must be 5 to 480 minutes.");
    }

    @Test
    void theHoursPageListsWeeklyHoursInTheStudiosZone() {
        mvc.post().uri("/app/schedule/hours/{c}/weekly", studio.trainer().memberId()).with(as(studio.trainer()))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("day", "TUESDAY").param("start", "07:30").param("end", "12:00").exchange();
        assertThat(mvc.get().uri("/app/schedule/hours").with(as(studio.trainer())).exchange()).hasStatusOk()
                .bodyText().contains("Tuesday").contains("07:30–12:00").contains("Europe/London");
    }

    static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
