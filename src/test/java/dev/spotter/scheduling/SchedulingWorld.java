package dev.spotter.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.support.Fixtures;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.support.Fixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** A studio whose trainer works every day from 06:00 to 22:00 (Europe/London) and offers a 1:1 service. */
class SchedulingWorld {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final MockMvcTester mvc;
    final Fixtures fixtures;
    final Fixtures.StudioFixture studio;
    final String owner;
    final String trainer;
    final String client;
    final String trainerId;
    final String serviceId;

    SchedulingWorld(MockMvcTester mvc, Fixtures fixtures, String name, int noticeMinutes) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        studio = fixtures.studio(name);
        owner = fixtures.token(studio.owner());
        trainer = fixtures.token(studio.trainer());
        client = fixtures.token(studio.client());
        trainerId = studio.trainer().memberId().toString();
        serviceId = JsonPath.read(body(post(owner, "/api/v1/scheduling/services", """
                {"name":"PT session","kind":"ONE_TO_ONE","durationMinutes":60,"bufferMinutes":0,
                 "noticeMinutes":%d,"cancellationHours":24}""".formatted(noticeMinutes))), "$.id");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            assertThat(post(trainer, "/api/v1/scheduling/coaches/" + trainerId + "/hours",
                    "{\"day\":\"%s\",\"start\":\"06:00\",\"end\":\"22:00\"}".formatted(day))).hasStatus(201);
        }
    }

    String newClient(String name) {
        SpotterPrincipal member = fixtures.join(studio.trainer(), Role.CLIENT, name);
        return fixtures.token(member);
    }

    MvcTestResult post(String token, String path, String body) {
        return mvc.post().uri(path).with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body)
                .exchange();
    }

    List<String> slots(String token, LocalDate from, LocalDate to) {
        return JsonPath.read(body(mvc.get().uri("/api/v1/scheduling/services/{id}/slots", serviceId)
                .param("coach", trainerId).param("from", from.toString()).param("to", to.toString())
                .with(bearer(token)).exchange()), "$[*].startsAt");
    }

    /** The first free start for a client at least {@code hours} from now. */
    Instant firstSlotAfter(int hours) {
        Instant after = Instant.now().plusSeconds(hours * 3600L);
        LocalDate from = LocalDate.ofInstant(after, LONDON);
        return slots(client, from, from.plusDays(2)).stream().map(Instant::parse)
                .filter(start -> !start.isBefore(after)).findFirst().orElseThrow();
    }

    MvcTestResult book(String token, Instant start, UUID request) {
        return post(token, "/api/v1/scheduling/bookings", """
                {"serviceId":"%s","coachId":"%s","startsAt":"%s","requestId":"%s"}"""
                .formatted(serviceId, trainerId, start, request));
    }

    String clientId(ClientDirectory directory, SpotterPrincipal member) {
        return directory.self(member).id().toString();
    }

    static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
