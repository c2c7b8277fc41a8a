package dev.spotter.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import dev.spotter.support.TestInfrastructure;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.scheduling.SchedulingWorld.LONDON;
import static dev.spotter.scheduling.SchedulingWorld.body;
import static dev.spotter.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Group classes: the timetable, places up to the capacity, the last-place race, the waitlist and the roster. */
@IntegrationTest
class ClassTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClientDirectory directory;

    SchedulingWorld world;
    String scheduleId;
    Instant start;

    @BeforeEach
    void world() {
        world = new SchedulingWorld(mvc, fixtures, "Class Gym", 60);
        String classService = JsonPath.read(body(world.post(world.owner, "/api/v1/scheduling/services", """
                {"name":"Spin","kind":"CLASS","durationMinutes":45,"capacity":2,"bufferMinutes":15,
                 "cancellationHours":12}""")), "$.id");
        String location = JsonPath.read(body(world.post(world.owner, "/api/v1/scheduling/locations",
                "{\"name\":\"Main\"}")), "$.id");
        String room = JsonPath.read(body(world.post(world.owner, "/api/v1/scheduling/locations/" + location
                + "/rooms", "{\"name\":\"Studio 1\",\"capacity\":20}")), "$.id");
        LocalDate first = LocalDate.now(LONDON).plusDays(3);
        MvcTestResult created = world.post(world.trainer, "/api/v1/scheduling/classes/schedules", """
                {"serviceId":"%s","coachId":"%s","roomId":"%s","firstDate":"%s","startTime":"18:00",
                 "rule":"FREQ=WEEKLY;COUNT=4"}""".formatted(classService, world.trainerId, room, first));
        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.capacity").isEqualTo(2);
        scheduleId = JsonPath.read(body(created), "$.id");
        start = ZonedDateTime.of(first.atTime(18, 0), LONDON).toInstant();
    }

    MvcTestResult join(String token, boolean waitlist, UUID request) {
        return world.post(token, "/api/v1/scheduling/classes/places", """
                {"scheduleId":"%s","startsAt":"%s","requestId":"%s","waitlist":%s}"""
                .formatted(scheduleId, start, request, waitlist));
    }

    @Test
    void theLastPlaceGoesToExactlyOneOfTwoRacersAndTheOtherIsOfferedTheWaitlist() throws Exception {
        assertThat(join(world.client, false, UUID.randomUUID())).hasStatus(201);
        List<String> racers = List.of(world.newClient("Rory Racer"), world.newClient("Remy Racer"));
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<MvcTestResult>> results = new ArrayList<>();
        for (String racer : racers) {
            results.add(pool.submit(() -> {
                go.await();
                return join(racer, false, UUID.randomUUID());
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<MvcTestResult> result : results) {
            MvcTestResult done = result.get();
            statuses.add(done.getResponse().getStatus());
            if (done.getResponse().getStatus() == 409) {
                assertThat(done).bodyJson().extractingPath("$.waitlistAvailable").isEqualTo(true);
                assertThat(done).bodyJson().extractingPath("$.detail").asString().contains("join the waitlist");
            }
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(booked()).isEqualTo(2);
    }

    @Test
    void aJoinSentTwiceJoinsOnce() {
        UUID request = UUID.randomUUID();
        MvcTestResult first = join(world.client, false, request);
        MvcTestResult again = join(world.client, false, request);
        assertThat(first).hasStatus(201);
        assertThat(again).hasStatus(200);
        assertThat((String) JsonPath.read(body(again), "$.id")).isEqualTo(JsonPath.read(body(first), "$.id"));
        assertThat(booked()).isEqualTo(1);
    }

    @Test
    void leavingGivesThePlaceToTheFirstOnTheWaitlistAndEmailsThem() throws Exception {
        String leaver = JsonPath.read(body(join(world.client, false, UUID.randomUUID())), "$.id");
        assertThat(join(world.newClient("Bea Booked"), false, UUID.randomUUID())).hasStatus(201);
        SpotterPrincipal walt = fixtures.join(world.studio.trainer(), Role.CLIENT, "Walt Waiting");
        MvcTestResult waiting = join(fixtures.token(walt), true, UUID.randomUUID());
        assertThat(waiting).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("WAITLISTED");
        assertThat(join(world.newClient("Second Waiting"), true, UUID.randomUUID())).hasStatus(201);

        assertThat(world.post(world.client, "/api/v1/scheduling/classes/places/" + leaver + "/cancel", ""))
                .hasStatus(200).bodyJson().extractingPath("$.status").isEqualTo("CANCELLED");

        String promoted = JsonPath.read(body(waiting), "$.id");
        assertThat(jdbc.sql("select status from class_place where place_id = ?::uuid").param(promoted)
                .query(String.class).single()).isEqualTo("BOOKED");
        assertThat(booked()).isEqualTo(2);
        String email = directory.self(walt).email();
        assertThat(awaitMail(email).getSubject()).startsWith("A place came free: Spin on");
    }

    @Test
    void aFullClassRefusesWithTheOfferAndAcceptsTheWaitlistWhenAsked() {
        join(world.client, false, UUID.randomUUID());
        join(world.newClient("Bea Booked"), false, UUID.randomUUID());
        String late = world.newClient("Lou Late");
        assertThat(join(late, false, UUID.randomUUID())).hasStatus(409).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("startsAt");
        assertThat(join(late, true, UUID.randomUUID())).hasStatus(201).bodyJson().extractingPath("$.status")
                .isEqualTo("WAITLISTED");
        assertThat(join(late, true, UUID.randomUUID())).hasStatus(409).bodyJson().extractingPath("$.detail")
                .isEqualTo("you are already on the waitlist");
    }

    @Test
    void theCoachsClassTimesAreNotOfferedAsFreeSlots() {
        LocalDate day = LocalDate.ofInstant(start, LONDON);
        List<String> slots = world.slots(world.client, day, day);
        assertThat(slots).doesNotContain(start.toString(), start.minusSeconds(1800).toString(),
                start.plusSeconds(2700).toString());
        // The class is 45 minutes with a 15-minute buffer: the hour after its start is free again.
        assertThat(slots).contains(start.plusSeconds(3600).toString(), start.minusSeconds(3600).toString());
    }

    @Test
    void theRosterShowsEachAttendeesClearanceAndActiveConditions() {
        join(world.client, false, UUID.randomUUID());
        UUID cara = directory.self(world.studio.client()).id();
        directory.addCondition(world.studio.trainer(), cara, "knee-pain", "LEFT", "MODERATE", null, null, Set.of(),
                null);
        MvcTestResult roster = mvc.get().uri("/api/v1/scheduling/classes/schedules/{id}/roster", scheduleId)
                .param("startsAt", start.toString()).with(Fixtures.bearer(world.trainer)).exchange();
        assertThat(roster).hasStatus(200).bodyJson().extractingPath("$.entries[0].name").isEqualTo("Cara Client");
        assertThat(roster).bodyJson().extractingPath("$.entries[0].clearance").isEqualTo("NOT_SCREENED");
        assertThat(roster).bodyJson().extractingPath("$.entries[0].activeConditions[0]").asString()
                .containsIgnoringCase("knee");
        assertThat(mvc.get().uri("/app/schedule/classes/{id}", scheduleId).param("startsAt", start.toString())
                .with(as(world.studio.trainer())).exchange()).hasStatus(200).bodyText()
                .contains("Cara Client", "Not screened").containsIgnoringCase("knee");
        assertThat(mvc.get().uri("/api/v1/scheduling/classes/schedules/{id}/roster", scheduleId)
                .param("startsAt", start.toString()).with(Fixtures.bearer(world.client)).exchange())
                .hasStatus(403);
    }

    @Test
    void aSkippedDateIsNotOfferedAndItsPlacesAreCancelled() {
        join(world.client, false, UUID.randomUUID());
        assertThat(world.post(world.trainer, "/api/v1/scheduling/classes/schedules/" + scheduleId + "/skip",
                "{\"startsAt\":\"%s\",\"reason\":\"Bank holiday\"}".formatted(start))).hasStatus(204);
        LocalDate day = LocalDate.ofInstant(start, LONDON);
        assertThat(body(mvc.get().uri("/api/v1/scheduling/classes").param("from", day.toString())
                .param("to", day.plusDays(7).toString()).with(Fixtures.bearer(world.client)).exchange()))
                .doesNotContain(start.toString()).contains(start.plusSeconds(7 * 86400).toString());
        assertThat(booked()).isZero();
        assertThat(join(world.client, false, UUID.randomUUID())).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("startsAt");
    }

    @Test
    void refusesABadRuleAndA1to1ServiceNamingTheFields() {
        MvcTestResult bad = world.post(world.owner, "/api/v1/scheduling/classes/schedules", """
                {"serviceId":"%s","coachId":"%s","firstDate":"%s","startTime":"07:00","rule":"EVERY MONDAY"}"""
                .formatted(world.serviceId, world.trainerId, LocalDate.now(LONDON).plusDays(1)));
        assertThat(bad).hasStatus(400);
        assertThat(body(bad)).contains("\"field\":\"serviceId\"", "\"field\":\"roomId\"", "\"field\":\"rule\"");
    }

    @Test
    void membersBrowseAndJoinClassesInThePortal() {
        var page = mvc.get().uri("/portal/sessions/classes").param("date", LocalDate.ofInstant(start, LONDON)
                .toString()).with(as(world.studio.client())).exchange();
        assertThat(page).hasStatus(200).bodyText().contains("Spin", "2 places left");
        assertThat(mvc.post().uri("/portal/sessions/classes/join").with(as(world.studio.client())).with(csrf())
                .param("scheduleId", scheduleId).param("startsAt", start.toString())
                .param("requestId", UUID.randomUUID().toString()).exchange()).hasStatus3xxRedirection();
        assertThat(booked()).isEqualTo(1);
    }

    private int booked() {
        return jdbc.sql("select count(*) from class_place where schedule_id = ?::uuid and status = 'BOOKED'")
                .param(scheduleId).query(Integer.class).single();
    }

    private static MimeMessage awaitMail(String email) throws Exception {
        var mail = TestInfrastructure.mail();
        for (int attempt = 0; attempt < 50; attempt++) {
            for (MimeMessage message : mail.getReceivedMessages()) {
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
