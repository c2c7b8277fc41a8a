package dev.spotter.programs;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import static dev.spotter.programs.ProgramWorld.body;
import static dev.spotter.support.Fixtures.as;
import static dev.spotter.support.Fixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** Programs through the API: generating, versioned editing, publishing, and who may read what. */
@IntegrationTest
class ProgramsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClientDirectory directory;

    ProgramWorld world;

    @BeforeEach
    void world() {
        world = new ProgramWorld(mvc, jdbc, directory, fixtures, "Programs Gym");
    }

    @Test
    void generatingStoresVersionOneWithTheCheckersReport() {
        MvcTestResult result = world.post("/api/v1/clients/" + world.client + "/programs",
                "{\"specialisation\":\"STRENGTH\",\"weeks\":6,\"seed\":7}");
        assertThat(result).hasStatus(201);
        String json = body(result);
        assertThat((Integer) JsonPath.read(json, "$.program.currentVersion")).isEqualTo(1);
        assertThat((String) JsonPath.read(json, "$.program.status")).isEqualTo("DRAFT");
        assertThat((String) JsonPath.read(json, "$.program.clientName")).isEqualTo("Cara Client");
        assertThat((Integer) JsonPath.read(json, "$.program.weeks")).isEqualTo(6);
        assertThat((Object) JsonPath.read(json, "$.check.passed")).isNotNull();
        String id = JsonPath.read(json, "$.program.id");

        Map<String, Object> stored = jdbc.sql("""
                select v.version, v.note, v.errors, v.warnings, jsonb_array_length(v.findings) as findings,
                       p.seed, p.specialisation, jsonb_typeof(v.body -> 'phases') as phases
                  from program p join program_version v using (studio_id, program_id)
                 where p.program_id = ?::uuid
                """).param(id).query().singleRow();
        assertThat(stored).containsEntry("version", 1).containsEntry("seed", 7L)
                .containsEntry("specialisation", "STRENGTH").containsEntry("phases", "array");
        assertThat((String) stored.get("note")).startsWith("Generated for Cara Client: Strength, 6 weeks");
        assertThat((Integer) stored.get("findings"))
                .isEqualTo((Integer) stored.get("errors") + (Integer) stored.get("warnings"));
    }

    @Test
    void aRefusedGenerationListsEveryMissingFieldAndStoresNothing() {
        var newcomer = world.anotherClient(fixtures, "Nina Newcomer");
        UUID id = world.clientOf(newcomer);
        MvcTestResult result = world.post("/api/v1/clients/" + id + "/programs", "{}");
        assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        List<String> fields = JsonPath.read(body(result), "$.errors[*].field");
        List<String> messages = JsonPath.read(body(result), "$.errors[*].message");
        assertThat(fields).isNotEmpty();
        assertThat(messages).allSatisfy(message -> assertThat(message).isNotBlank());
        assertThat(jdbc.sql("select count(*) from program where client_id = ?").param(id).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void everyEditIsANewVersionAndTheHistoryIsKept() {
        String id = world.generate(world.client, 4);
        String slot = world.firstSlot(id);
        String original = world.exerciseIn(world.program(id), slot);
        String replacement = world.alternativeFor(id, slot);

        assertThat(world.swap(id, 1, slot, replacement)).hasStatusOk();
        assertThat(world.tooHard(id, 2, slot)).hasStatusOk();
        String exercise = "forearm-plank".equals(replacement) ? "bird-dog" : "forearm-plank";
        assertThat(world.post("/api/v1/programs/" + id + "/add", """
                {"expectedVersion":3,"session":1,"block":"ACCESSORY","exerciseId":"%s"}""".formatted(exercise)))
                .hasStatusOk();
        String added = JsonPath.<List<String>>read(world.program(id),
                "$.body.phases[0].weeks[0].sessions[0].blocks[?(@.kind == 'ACCESSORY')].items[-1].slot").get(0);
        String movable = JsonPath.<List<String>>read(world.program(id),
                "$.body.phases[0].weeks[0].sessions[0].blocks[?(@.items.length() > 1)].items[0].slot").get(0);
        assertThat(world.post("/api/v1/programs/" + id + "/move", """
                {"expectedVersion":4,"session":1,"slot":"%s","direction":"DOWN"}""".formatted(movable)))
                .hasStatusOk();
        assertThat(world.post("/api/v1/programs/" + id + "/remove", """
                {"expectedVersion":5,"session":1,"slot":"%s"}""".formatted(added))).hasStatusOk();

        MvcTestResult versions = mvc.get().uri("/api/v1/programs/{id}/versions", id).with(bearer(world.trainer))
                .exchange();
        assertThat(versions).hasStatusOk();
        assertThat(JsonPath.<List<Integer>>read(body(versions), "$.items[*].version"))
                .containsExactly(6, 5, 4, 3, 2, 1);
        List<String> notes = JsonPath.read(body(versions), "$.items[*].note");
        assertThat(notes.get(5)).startsWith("Generated for Cara Client");
        assertThat(notes.get(4)).startsWith("Swapped ").endsWith("every week.");
        assertThat(notes.get(3)).startsWith("Changed ").contains("in week 1").contains("RPE 18-19");
        assertThat(notes.get(2)).startsWith("Added ");
        assertThat(notes.get(1)).startsWith("Moved ").contains(" down ");
        assertThat(notes.get(0)).startsWith("Removed ");
        assertThat((Integer) JsonPath.read(body(versions), "$.totalItems")).isEqualTo(6);

        String first = body(mvc.get().uri("/api/v1/programs/{id}?version=1", id).with(bearer(world.trainer))
                .exchange());
        assertThat((Integer) JsonPath.read(first, "$.version")).isEqualTo(1);
        assertThat(world.exerciseIn(first, slot)).isEqualTo(original);
    }

    @Test
    void anEditMadeToAnOlderVersionIsAConflict() {
        String id = world.generate(world.client, 4);
        String slot = world.firstSlot(id);
        String replacement = world.alternativeFor(id, slot);
        assertThat(world.swap(id, 1, slot, replacement)).hasStatusOk();

        MvcTestResult stale = world.tooHard(id, 1, slot);
        assertThat(stale).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) JsonPath.read(body(stale), "$.errors[0].field")).isEqualTo("expectedVersion");
        assertThat(world.version(id)).isEqualTo(2);
        assertThat(world.post("/api/v1/programs/" + id + "/publish", "{\"expectedVersion\":1}")).hasStatus(409);
    }

    @Test
    void aSwapReachesTheSlotInEveryWeekAndSaysWhy() {
        String id = world.generate(world.client, 4);
        String slot = world.firstSlot(id);
        String original = world.exerciseIn(world.program(id), slot);
        String replacement = world.alternativeFor(id, slot);
        assertThat(world.swap(id, 1, slot, replacement)).hasStatusOk();

        String json = world.program(id);
        List<String> everyWeek = JsonPath.read(json,
                "$.body.phases[*].weeks[*].sessions[0].blocks[*].items[?(@.slot == '" + slot + "')].exerciseId");
        List<Object> weeks = JsonPath.read(json, "$.body.phases[*].weeks[*]");
        assertThat(everyWeek).hasSize(weeks.size()).containsOnly(replacement).doesNotContain(original);
        List<String> why = JsonPath.read(json,
                "$.body.phases[*].weeks[*].sessions[0].blocks[*].items[?(@.slot == '" + slot + "')].why[0].text");
        assertThat(why).allSatisfy(text -> assertThat(text).startsWith("Swapped by Terry Trainer: "));
    }

    @Test
    void publishingWithErrorsNeedsAReasonThatIsKeptAndAudited() {
        String id = world.generate(world.client, 4);
        String slot = world.firstSlot(id);
        MvcTestResult hard = world.tooHard(id, 1, slot);
        assertThat(hard).hasStatusOk();
        assertThat((Integer) JsonPath.read(body(hard), "$.check.errors")).isPositive();

        MvcTestResult silent = world.post("/api/v1/programs/" + id + "/publish", "{\"expectedVersion\":2}");
        assertThat(silent).hasStatus(400);
        assertThat((String) JsonPath.read(body(silent), "$.errors[0].field")).isEqualTo("overrideReason");
        assertThat(world.post("/api/v1/programs/" + id + "/publish",
                "{\"expectedVersion\":2,\"overrideReason\":\"fine\"}")).hasStatus(400);
        assertThat(jdbc.sql("select status from program where program_id = ?::uuid").param(id)
                .query(String.class).single()).isEqualTo("DRAFT");

        String reason = "Her physiotherapist cleared near-maximal singles for this test week.";
        MvcTestResult published = world.post("/api/v1/programs/" + id + "/publish",
                "{\"expectedVersion\":2,\"overrideReason\":\"" + reason + "\"}");
        assertThat(published).hasStatusOk();
        assertThat((String) JsonPath.read(body(published), "$.program.status")).isEqualTo("PUBLISHED");
        assertThat((String) JsonPath.read(body(published), "$.overrideReason")).isEqualTo(reason);
        assertThat(jdbc.sql("select override_reason from program_version where program_id = ?::uuid and version = 2")
                .param(id).query(String.class).single()).isEqualTo(reason);
        assertThat(jdbc.sql("""
                select action from audit_event where studio_id = ? and actor_id = ? and action like 'PROGRAM_%'
                   and detail like ? order by action
                """).params(world.studio.owner().studioId().value(), world.studio.trainer().memberId().value(),
                "%" + reason + "%").query(String.class).list()).containsExactly("PROGRAM_OVERRIDDEN");
        assertThat(jdbc.sql("select count(*) from audit_event where studio_id = ? and action = 'PROGRAM_PUBLISHED'")
                .param(world.studio.owner().studioId().value()).query(Integer.class).single()).isOne();
    }

    @Test
    void aClientReadsOnlyTheirOwnPublishedVersionNeverADraft() {
        String id = world.generate(world.client, 4);
        String slot = world.firstSlot(id);
        String clientToken = fixtures.token(world.studio.client());
        assertThat(mvc.get().uri("/api/v1/programs/{id}", id).with(bearer(clientToken))).hasStatus(404);
        assertThat(mvc.get().uri("/portal/program").with(as(world.studio.client()))).hasStatusOk().bodyText()
                .contains("No program yet");

        assertThat(world.post("/api/v1/programs/" + id + "/publish", "{}")).hasStatusOk();
        String published = world.exerciseIn(world.program(id), slot);
        String replacement = world.alternativeFor(id, slot);
        assertThat(world.swap(id, 1, slot, replacement)).hasStatusOk();
        String replacementName = JsonPath.<List<String>>read(world.program(id),
                "$.body.phases[0].weeks[0].sessions[0].blocks[*].items[?(@.slot == '" + slot + "')].exerciseName")
                .get(0);

        MvcTestResult own = mvc.get().uri("/api/v1/programs/{id}", id).with(bearer(clientToken)).exchange();
        assertThat(own).hasStatusOk();
        assertThat((Integer) JsonPath.read(body(own), "$.version")).isEqualTo(1);
        assertThat(world.exerciseIn(body(own), slot)).isEqualTo(published);
        assertThat((List<?>) JsonPath.read(body(own), "$.check.findings")).isEmpty();
        assertThat(mvc.get().uri("/api/v1/programs/{id}?version=2", id).with(bearer(clientToken))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/programs/{id}/versions", id).with(bearer(clientToken))).hasStatus(403);
        MvcTestResult draft = world.post("/api/v1/clients/" + world.client + "/programs", "{}");
        assertThat(draft).hasStatus(201);
        assertThat(mvc.get().uri("/api/v1/programs/{id}", JsonPath.<String>read(body(draft), "$.program.id"))
                .with(bearer(clientToken))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/programs").with(bearer(clientToken))).hasStatusOk().bodyJson()
                .extractingPath("$.totalItems").isEqualTo(1);
        assertThat(mvc.post().uri("/api/v1/programs/{id}/swap", id).with(bearer(clientToken))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(403);

        assertThat(mvc.get().uri("/portal/program").with(as(world.studio.client()))).hasStatusOk().bodyText()
                .contains(JsonPath.<String>read(body(own), "$.program.title")).doesNotContain(replacementName);
        assertThat(mvc.get().uri("/app/programs/{id}", id).with(as(world.studio.client()))).hasStatus(403);

        var other = world.anotherClient(fixtures, "Otto Other");
        assertThat(mvc.get().uri("/api/v1/programs/{id}", id).with(bearer(fixtures.token(other)))).hasStatus(404);
        assertThat(mvc.get().uri("/portal/program").with(as(other))).hasStatusOk().bodyText()
                .contains("No program yet");
    }

    @Test
    void anotherStudiosProgramIsNotFound() {
        String id = world.generate(world.client, 4);
        String slot = world.firstSlot(id);
        var other = fixtures.studio("Other Programs Gym");
        String otherToken = fixtures.token(other.trainer());
        assertThat(mvc.get().uri("/api/v1/programs/{id}", id).with(bearer(otherToken))).hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/programs/{id}/pdf", id).with(bearer(otherToken))).hasStatus(404);
        assertThat(mvc.post().uri("/api/v1/programs/{id}/swap", id).with(bearer(otherToken))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"expectedVersion":1,"session":1,"slot":"%s","exerciseId":"bird-dog"}""".formatted(slot)))
                .hasStatus(404);
        assertThat(mvc.post().uri("/api/v1/clients/{id}/programs", world.client).with(bearer(otherToken))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(404);
        assertThat(mvc.get().uri("/app/programs/{id}", id).with(as(other.owner()))).hasStatus(404);
        assertThat(mvc.get().uri("/app/programs/{id}.pdf", id).with(as(other.owner()))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/programs?size=100").with(bearer(otherToken))).bodyText()
                .doesNotContain(id);
        assertThat(world.version(id)).isEqualTo(1);
    }

    @Test
    void fieldErrorsNameTheirFields() {
        String id = world.generate(world.client, 4);
        String slot = world.firstSlot(id);
        assertThat(world.post("/api/v1/clients/" + world.client + "/programs", "{\"weeks\":30}")).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("weeks");
        MvcTestResult dose = mvc.patch().uri("/api/v1/programs/{id}/dose", id).with(bearer(world.trainer))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"expectedVersion":1,"week":1,"session":1,"slot":"%s","sets":0,"repsLow":12,"repsHigh":8,
                         "loadKind":"RIR","loadLow":2,"restSeconds":2000,"tempo":"slow"}""".formatted(slot))
                .exchange();
        assertThat(dose).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JsonPath.<List<String>>read(body(dose), "$.errors[*].field"))
                .containsExactlyInAnyOrder("sets", "repsHigh", "restSeconds", "tempo");
        assertThat(world.post("/api/v1/programs/" + id + "/swap", "{\"expectedVersion\":1,\"session\":1}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("slot");
        assertThat(world.swap(id, 1, "no-such-slot", "bird-dog")).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("slot");
        assertThat(world.swap(id, 1, slot, "not-an-exercise")).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("exerciseId");
        assertThat(world.post("/api/v1/programs/" + id + "/move", "{\"expectedVersion\":1,\"session\":1,\"slot\":\""
                + slot + "\"}")).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("direction");
        assertThat(world.post("/api/v1/programs/" + id + "/add",
                "{\"expectedVersion\":1,\"session\":1,\"block\":\"NAPPING\",\"exerciseId\":\"bird-dog\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("block");
        assertThat(world.post("/api/v1/programs/" + id + "/add",
                "{\"session\":1,\"block\":\"STRENGTH\",\"exerciseId\":\"bird-dog\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("expectedVersion");
        assertThat(world.version(id)).isEqualTo(1);
    }

    @Test
    void aRetriedGenerateWithTheSameIdempotencyKeyMakesOneProgram() {
        String key = UUID.randomUUID().toString();
        MvcTestResult first = mvc.post().uri("/api/v1/clients/{id}/programs", world.client)
                .with(bearer(world.trainer)).header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content("{\"weeks\":4}").exchange();
        MvcTestResult retry = mvc.post().uri("/api/v1/clients/{id}/programs", world.client)
                .with(bearer(world.trainer)).header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content("{\"weeks\":4}").exchange();
        assertThat(first).hasStatus(201);
        assertThat(retry).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
        assertThat((String) JsonPath.read(body(retry), "$.program.id"))
                .isEqualTo(JsonPath.read(body(first), "$.program.id"));
        assertThat(jdbc.sql("select count(*) from program where client_id = ?").param(world.client)
                .query(Integer.class).single()).isOne();
    }

    @Test
    void thePdfIsAPdfForTheCoachAndForTheClient() {
        String id = world.generate(world.client, 4);
        MvcTestResult web = mvc.get().uri("/app/programs/{id}.pdf", id).with(as(world.studio.trainer())).exchange();
        assertThat(web).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(new String(web.getResponse().getContentAsByteArray(), 0, 4)).isEqualTo("%PDF");
        MvcTestResult api = mvc.get().uri("/api/v1/programs/{id}/pdf", id).with(bearer(world.trainer)).exchange();
        assertThat(api).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(new String(api.getResponse().getContentAsByteArray(), 0, 4)).isEqualTo("%PDF");

        assertThat(mvc.get().uri("/portal/program.pdf").with(as(world.studio.client()))).hasStatus(404);
        world.post("/api/v1/programs/" + id + "/publish", "{}");
        MvcTestResult portal = mvc.get().uri("/portal/program.pdf").with(as(world.studio.client())).exchange();
        assertThat(portal).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(new String(portal.getResponse().getContentAsByteArray(), 0, 4)).isEqualTo("%PDF");
        assertThat(mvc.get().uri("/app/programs/{id}/print", id).with(as(world.studio.trainer()))).hasStatusOk()
                .bodyText().contains("Week 4").contains("Cara Client");
    }
}
