package dev.spotter.training;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.ClientStatus;
import dev.spotter.clients.EquipmentAccess;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.ProfileUpdate;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.support.Fixtures;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.support.Fixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A studio whose client follows a published program, and the API calls the training tests make again and again:
 * the program is generated and published through the API, and slots are read from today's session, never assumed.
 */
final class TrainingWorld {

    private static final Map<Integer, Boolean> ALL_NO = Map.of(1, false, 2, false, 3, false, 4, false, 5, false,
            6, false, 7, false);

    final MockMvcTester mvc;
    final JdbcClient jdbc;
    final ClientDirectory directory;
    final Fixtures fixtures;
    final Fixtures.StudioFixture studio;
    final String trainer;
    final String client;
    final UUID clientId;
    final String programId;

    TrainingWorld(MockMvcTester mvc, JdbcClient jdbc, ClientDirectory directory, Fixtures fixtures, String name,
                  int weeks) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.directory = directory;
        this.fixtures = fixtures;
        this.studio = fixtures.studio(name);
        this.trainer = fixtures.token(studio.trainer());
        this.client = fixtures.token(studio.client());
        this.clientId = clientOf(studio.client());
        this.programId = publishFor(clientId, weeks);
    }

    UUID clientOf(SpotterPrincipal member) {
        return jdbc.sql("select client_id from client where studio_id = ? and member_id = ?")
                .params(member.studioId().value(), member.memberId().value()).query(UUID.class).single();
    }

    /** Another client of the studio with their own account and published program; answers their token. */
    String anotherClientWithProgram(String name) {
        SpotterPrincipal other = fixtures.join(studio.trainer(), Role.CLIENT, name);
        publishFor(clientOf(other), 4);
        return fixtures.token(other);
    }

    private String publishFor(UUID id, int weeks) {
        Client current = directory.client(studio.trainer(), id);
        directory.updateProfile(studio.trainer(), id, new ProfileUpdate(current.displayName(), current.email(),
                current.phone(), LocalDate.parse("1990-04-02"), "FEMALE", new BigDecimal("168"),
                new BigDecimal("64"), 60, Goal.STRENGTH, null, null, Set.of(), Experience.INTERMEDIATE, 180, 3, 24, 3,
                60, Set.of(EquipmentAccess.FULL_GYM), List.of(), List.of(), null, null, ClientStatus.ACTIVE));
        directory.screen(studio.trainer(), id, new ClientDirectory.ScreeningAnswers(ALL_NO, Map.of(), null, true,
                false, false), true);
        MvcTestResult generated = post(trainer, "/api/v1/clients/" + id + "/programs",
                "{\"specialisation\":\"STRENGTH\",\"weeks\":" + weeks + ",\"seed\":42}");
        assertThat(generated).hasStatus(201);
        String program = JsonPath.read(body(generated), "$.program.id");
        assertThat(post(trainer, "/api/v1/programs/" + program + "/publish",
                "{\"expectedVersion\":1,\"overrideReason\":\"Reviewed with the client in person\"}")).hasStatusOk();
        return program;
    }

    String today(String token) {
        MvcTestResult result = mvc.get().uri("/api/v1/me/today").with(bearer(token)).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    /** Starts the next session and answers the workout's id. */
    String start(String token) {
        MvcTestResult result = post(token, "/api/v1/workouts", "");
        assertThat(result.getResponse().getStatus()).isIn(200, 201);
        return JsonPath.read(body(result), "$.id");
    }

    /** The slot of the first prescription of today's session. */
    String firstSlot(String token) {
        return JsonPath.read(today(token), "$.session.blocks[0].items[0].slot");
    }

    MvcTestResult logSet(String token, String workout, String json) {
        return post(token, "/api/v1/workouts/" + workout + "/sets", json);
    }

    MvcTestResult finish(String token, String workout, String json) {
        return post(token, "/api/v1/workouts/" + workout + "/finish", json);
    }

    MvcTestResult post(String token, String uri, String json) {
        var request = mvc.post().uri(uri).with(bearer(token));
        return (json.isEmpty() ? request : request.contentType(MediaType.APPLICATION_JSON).content(json)).exchange();
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
