package dev.spotter.programs;

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
 * A studio with a client ready for a program (profile filled in, screened for vigorous work), and the few API
 * calls the program tests make again and again. Programs are found through the API the way a client of it would:
 * slots and alternatives are read from the program, never assumed.
 */
final class ProgramWorld {

    static final Map<Integer, Boolean> ALL_NO = Map.of(1, false, 2, false, 3, false, 4, false, 5, false, 6, false,
            7, false);

    final MockMvcTester mvc;
    final JdbcClient jdbc;
    final ClientDirectory directory;
    final Fixtures.StudioFixture studio;
    final String trainer;
    final UUID client;

    ProgramWorld(MockMvcTester mvc, JdbcClient jdbc, ClientDirectory directory, Fixtures fixtures, String name) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.directory = directory;
        this.studio = fixtures.studio(name);
        this.trainer = fixtures.token(studio.trainer());
        this.client = clientOf(studio.client());
        ready(client, Goal.STRENGTH);
    }

    UUID clientOf(SpotterPrincipal member) {
        return jdbc.sql("select client_id from client where studio_id = ? and member_id = ?")
                .params(member.studioId().value(), member.memberId().value()).query(UUID.class).single();
    }

    /** Another client of the studio, with their own account. */
    SpotterPrincipal anotherClient(Fixtures fixtures, String name) {
        return fixtures.join(studio.trainer(), Role.CLIENT, name);
    }

    /** Fills in what the generator needs and screens the client as ready for vigorous work. */
    void ready(UUID id, Goal goal) {
        Client current = directory.client(studio.trainer(), id);
        directory.updateProfile(studio.trainer(), id, new ProfileUpdate(current.displayName(), current.email(),
                current.phone(), LocalDate.parse("1990-04-02"), "FEMALE", new BigDecimal("168"),
                new BigDecimal("64"), 64, goal, null, null, Set.of(), Experience.INTERMEDIATE, 180, 3, 24, 3, 60,
                Set.of(EquipmentAccess.FULL_GYM), List.of(), List.of(), null, null, ClientStatus.ACTIVE));
        directory.screen(studio.trainer(), id, new ClientDirectory.ScreeningAnswers(ALL_NO, Map.of(), null, true,
                false, false), true);
    }

    /** Generates a program through the API and answers its id. */
    String generate(UUID id, int weeks) {
        MvcTestResult result = post("/api/v1/clients/" + id + "/programs", "{\"weeks\":" + weeks + ",\"seed\":42}");
        assertThat(result).hasStatus(201);
        return JsonPath.read(body(result), "$.program.id");
    }

    String program(String id) {
        MvcTestResult result = mvc.get().uri("/api/v1/programs/{id}", id).with(bearer(trainer)).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    int version(String id) {
        return JsonPath.read(program(id), "$.program.currentVersion");
    }

    /** The slot of the first prescription of the first session in week 1. */
    String firstSlot(String id) {
        return JsonPath.read(program(id), "$.body.phases[0].weeks[0].sessions[0].blocks[0].items[0].slot");
    }

    String exerciseIn(String json, String slot) {
        List<String> ids = JsonPath.read(json, "$.body.phases[0].weeks[0].sessions[0].blocks[*].items[?(@.slot == '"
                + slot + "')].exerciseId");
        return ids.get(0);
    }

    /** A safe alternative to the exercise in a slot of session 1, as the builder offers it. */
    String alternativeFor(String id, String slot) {
        MvcTestResult result = mvc.get().uri("/api/v1/programs/{id}/alternatives?session=1&slot={slot}", id, slot)
                .with(bearer(trainer)).exchange();
        assertThat(result).hasStatusOk();
        List<String> ids = JsonPath.read(body(result), "$.alternatives[*].exercise.id");
        assertThat(ids).as("the substitution engine offers an alternative").isNotEmpty();
        return ids.get(0);
    }

    MvcTestResult swap(String id, int expected, String slot, String exercise) {
        return post("/api/v1/programs/" + id + "/swap", """
                {"expectedVersion":%d,"session":1,"slot":"%s","exerciseId":"%s"}""".formatted(expected, slot,
                exercise));
    }

    /** Sets a prescription in week 1 to RPE 18-19, harder than any ceiling allows. */
    MvcTestResult tooHard(String id, int expected, String slot) {
        return mvc.patch().uri("/api/v1/programs/{id}/dose", id).with(bearer(trainer))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"expectedVersion":%d,"week":1,"session":1,"slot":"%s","sets":4,"repsLow":5,"repsHigh":5,
                         "loadKind":"RPE","loadLow":18,"loadHigh":19,"restSeconds":120}""".formatted(expected, slot))
                .exchange();
    }

    MvcTestResult post(String uri, String json) {
        return mvc.post().uri(uri).with(bearer(trainer)).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
