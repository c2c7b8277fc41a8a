package dev.spotter.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
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

/** 1:1 bookings through the API and the portal: slots, notice, clashes, races, retries, cancelling, no-shows. */
@IntegrationTest
class BookingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClientDirectory directory;

    SchedulingWorld world;

    @BeforeEach
    void world() {
        world = new SchedulingWorld(mvc, fixtures, "Booking Gym", 60);
    }

    @Test
    void aBookedSlotIsNoLongerOffered() {
        Instant start = world.firstSlotAfter(3);
        assertThat(world.book(world.client, start, UUID.randomUUID())).hasStatus(201);
        LocalDate day = LocalDate.ofInstant(start, LONDON);
        assertThat(world.slots(world.client, day, day)).doesNotContain(start.toString());
    }

    @Test
    void aBookingSentTwiceBooksOnce() {
        Instant start = world.firstSlotAfter(3);
        UUID request = UUID.randomUUID();
        MvcTestResult first = world.book(world.client, start, request);
        MvcTestResult again = world.book(world.client, start, request);
        assertThat(first).hasStatus(201);
        assertThat(again).hasStatus(200);
        assertThat((String) JsonPath.read(body(again), "$.bookings[0].id"))
                .isEqualTo(JsonPath.read(body(first), "$.bookings[0].id"));
        assertThat(jdbc.sql("select count(*) from booking where request_id = ?").param(request)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void twoClientsRacingForTheSameTimeGetItOnceAndTheOtherIsToldWhy() throws Exception {
        Instant start = world.firstSlotAfter(3);
        List<String> racers = List.of(world.client, world.newClient("Rory Racer"), world.newClient("Remy Racer"));
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<MvcTestResult>> results = new ArrayList<>();
        for (String racer : racers) {
            results.add(pool.submit(() -> {
                go.await();
                return world.book(racer, start, UUID.randomUUID());
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<MvcTestResult> result : results) {
            MvcTestResult done = result.get();
            statuses.add(done.getResponse().getStatus());
            if (done.getResponse().getStatus() != 201) {
                assertThat(body(done)).contains("startsAt");
            }
        }
        pool.shutdown();
        assertThat(statuses).containsOnlyOnce(201).allMatch(status -> status == 201 || status == 409
                || status == 400);
        assertThat(jdbc.sql("select count(*) from booking where coach_id = ?::uuid and starts_at = ? and status = "
                + "'BOOKED'").params(world.trainerId, java.sql.Timestamp.from(start)).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void refusesTimesInsideTheNoticeOrOutsideTheHoursWithTheReason() {
        // The service needs an hour's notice; half an hour from now is refused before the hours are looked at.
        MvcTestResult tooSoon = world.book(world.client, Instant.now().plusSeconds(1800), UUID.randomUUID());
        assertThat(tooSoon).hasStatus(400).bodyJson().extractingPath("$.detail")
                .isEqualTo("startsAt is too soon: PT session needs 1 hour's notice");
        Instant night = ZonedDateTime.of(LocalDate.now(LONDON).plusDays(3).atTime(23, 0), LONDON).toInstant();
        assertThat(world.book(world.client, night, UUID.randomUUID())).hasStatus(400).bodyJson()
                .extractingPath("$.detail").isEqualTo("startsAt is outside Terry Trainer's hours");
    }

    @Test
    void cancellingInsideTheWindowIsRecordedAsLate() {
        String soon = JsonPath.read(body(world.book(world.client, world.firstSlotAfter(3), UUID.randomUUID())),
                "$.bookings[0].id");
        String later = JsonPath.read(body(world.book(world.client, world.firstSlotAfter(50), UUID.randomUUID())),
                "$.bookings[0].id");
        assertThat(world.post(world.client, "/api/v1/scheduling/bookings/" + soon + "/cancel", "")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("LATE_CANCELLED");
        assertThat(world.post(world.client, "/api/v1/scheduling/bookings/" + later + "/cancel", "")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("CANCELLED");
        assertThat(world.post(world.client, "/api/v1/scheduling/bookings/" + later + "/cancel", ""))
                .hasStatus(409);
    }

    @Test
    void aNoShowCannotBeMarkedBeforeTheStartAndClientsCannotMarkIt() {
        String id = JsonPath.read(body(world.book(world.client, world.firstSlotAfter(3), UUID.randomUUID())),
                "$.bookings[0].id");
        assertThat(world.post(world.trainer, "/api/v1/scheduling/bookings/" + id + "/no-show", "")).hasStatus(409);
        assertThat(world.post(world.client, "/api/v1/scheduling/bookings/" + id + "/no-show", "")).hasStatus(403);
    }

    @Test
    void theTrainerBooksAWeeklySeriesAndReschedulesOne() {
        Instant start = world.firstSlotAfter(26);
        MvcTestResult series = world.post(world.trainer, "/api/v1/scheduling/bookings", """
                {"serviceId":"%s","coachId":"%s","clientId":"%s","startsAt":"%s","requestId":"%s","weeks":3}"""
                .formatted(world.serviceId, world.trainerId, world.clientId(directory, world.studio.client()), start,
                        UUID.randomUUID()));
        assertThat(series).hasStatus(201);
        List<String> starts = JsonPath.read(body(series), "$.bookings[*].startsAt");
        assertThat(starts).hasSize(3).allSatisfy(each -> assertThat(Instant.parse(each).atZone(LONDON).toLocalTime())
                .isEqualTo(start.atZone(LONDON).toLocalTime()));
        String second = JsonPath.read(body(series), "$.bookings[1].id");
        Instant moved = Instant.parse(starts.get(1)).atZone(LONDON).plusDays(1).toInstant();
        MvcTestResult rescheduled = world.post(world.trainer, "/api/v1/scheduling/bookings/" + second
                + "/reschedule", "{\"startsAt\":\"" + moved + "\"}");
        assertThat(rescheduled).hasStatusOk().bodyJson().extractingPath("$.startsAt").isEqualTo(moved.toString());
        assertThat(world.post(world.client, "/api/v1/scheduling/bookings/" + second + "/reschedule",
                "{\"startsAt\":\"" + moved + "\"}")).hasStatus(403);
    }

    @Test
    void aClientSeesOnlyTheirOwnSessions() {
        String id = JsonPath.read(body(world.book(world.client, world.firstSlotAfter(3), UUID.randomUUID())),
                "$.bookings[0].id");
        String other = world.newClient("Otto Other");
        assertThat(mvc.get().uri("/api/v1/scheduling/bookings/" + id).with(Fixtures.bearer(other)).exchange())
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/scheduling/bookings/" + id).with(Fixtures.bearer(world.trainer))
                .exchange()).hasStatusOk().bodyJson().extractingPath("$.clientName").isEqualTo("Cara Client");
    }

    @Test
    void aClientBooksFromThePortalAndSeesTheSessionInTheirWeek() {
        Instant start = world.firstSlotAfter(3);
        MvcTestResult page = mvc.get().uri("/portal/sessions/book").param("service", world.serviceId)
                .param("coach", world.trainerId)
                .param("date", LocalDate.ofInstant(start, LONDON).toString()).with(as(world.studio.client()))
                .exchange();
        assertThat(page).hasStatusOk().bodyText().contains("value=\"" + start + "\"");
        MvcTestResult booked = mvc.post().uri("/portal/sessions/book").with(as(world.studio.client())).with(csrf())
                .param("service", world.serviceId).param("coach", world.trainerId)
                .param("startsAt", start.toString()).param("requestId", UUID.randomUUID().toString()).exchange();
        assertThat(booked).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/portal/sessions").param("date", LocalDate.ofInstant(start, LONDON).toString())
                .with(as(world.studio.client())).exchange()).hasStatusOk().bodyText().contains("PT session")
                .contains("with Terry Trainer");
        assertThat(mvc.get().uri("/app/schedule").param("view", "day")
                .param("date", LocalDate.ofInstant(start, LONDON).toString()).with(as(world.studio.trainer()))
                .exchange()).hasStatusOk().bodyText().contains("Cara Client");
    }

    @Test
    void theSessionPageShowsTheBookingToItsClientAndToTheCoach() {
        String id = JsonPath.read(body(world.book(world.client, world.firstSlotAfter(3), UUID.randomUUID())),
                "$.bookings[0].id");
        assertThat(mvc.get().uri("/portal/sessions/" + id).with(as(world.studio.client())).exchange())
                .hasStatusOk().bodyText().contains("PT session", "Terry Trainer", "Cancel this session");
        assertThat(mvc.get().uri("/app/schedule/sessions/" + id).with(as(world.studio.trainer())).exchange())
                .hasStatusOk().bodyText().contains("PT session with Cara Client");
    }
}
