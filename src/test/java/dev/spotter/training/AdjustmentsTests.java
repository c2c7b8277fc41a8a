package dev.spotter.training;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.ExerciseCatalog;
import dev.spotter.studios.StudioDirectory;
import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.support.Fixtures.bearer;
import static dev.spotter.training.TrainingWorld.body;
import static org.assertj.core.api.Assertions.assertThat;

/** Swapping an exercise mid-workout, reporting pain, and the loads suggested from what was logged. */
@IntegrationTest
class AdjustmentsTests {

    private static final String STRENGTH = "$.session.blocks[?(@.kind == 'STRENGTH')].items[0]";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClientDirectory directory;

    @Autowired
    ExerciseCatalog catalog;

    @Autowired
    StudioDirectory studios;

    TrainingWorld world;

    @BeforeEach
    void world() {
        world = new TrainingWorld(mvc, jdbc, directory, fixtures, "Adjusting Gym", 4);
    }

    private String strength(String json, String field) {
        return JsonPath.<List<String>>read(json, STRENGTH + "." + field).get(0);
    }

    private Exercise exercise(String id) {
        return catalog.get(world.studio.owner().studioId(), id);
    }

    @Test
    void aSwapOffersOnlySafeAlternativesAndKeepsTheReason() {
        String workout = world.start(world.client);
        String today = world.today(world.client);
        String slot = strength(today, "slot");
        String original = strength(today, "exerciseId");
        MvcTestResult offered = mvc.get().uri("/api/v1/workouts/" + workout + "/alternatives?slot=" + slot)
                .with(bearer(world.client)).exchange();
        assertThat(offered).hasStatusOk();
        List<String> alternatives = JsonPath.read(body(offered), "$.alternatives[*].exerciseId");
        assertThat(alternatives).isNotEmpty().doesNotContain(original);

        String swapId = UUID.randomUUID().toString();
        String swap = """
                {"swapId":"%s","slot":"%s","exerciseId":"%s","reason":"BUSY","note":"Rack taken"}"""
                .formatted(swapId, slot, alternatives.get(0));
        MvcTestResult made = world.post(world.client, "/api/v1/workouts/" + workout + "/swaps", swap);
        assertThat(made).hasStatus(201);
        assertThat((String) JsonPath.read(body(made), "$.fromExerciseId")).isEqualTo(original);
        String after = world.today(world.client);
        assertThat(JsonPath.<List<String>>read(after, "$.session.blocks[*].items[?(@.slot == '" + slot
                + "')].exerciseId")).containsExactly(alternatives.get(0));
        assertThat(JsonPath.<List<String>>read(after, "$.swaps[*].reason")).containsExactly("BUSY");

        // The same swap sent again is made once.
        assertThat(world.post(world.client, "/api/v1/workouts/" + workout + "/swaps", swap)).hasStatus(201);
        assertThat(jdbc.sql("select count(*) from workout_swap where swap_id = ?::uuid").param(swapId)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aSwapToAnythingButASafeAlternativeOrWithoutAReasonIsRefusedNamingTheField() {
        String workout = world.start(world.client);
        String slot = strength(world.today(world.client), "slot");
        MvcTestResult unknown = world.post(world.client, "/api/v1/workouts/" + workout + "/swaps", """
                {"swapId":"%s","slot":"%s","exerciseId":"no-such-exercise","reason":"BUSY"}"""
                .formatted(UUID.randomUUID(), slot));
        assertThat(unknown).hasStatus(400);
        assertThat(body(unknown)).contains("exerciseId");
        MvcTestResult noReason = world.post(world.client, "/api/v1/workouts/" + workout + "/swaps", """
                {"swapId":"%s","slot":"%s","exerciseId":"goblet-squat"}""".formatted(UUID.randomUUID(), slot));
        assertThat(noReason).hasStatus(400);
        assertThat(body(noReason)).contains("reason");
        MvcTestResult spotters = world.post(world.client, "/api/v1/workouts/" + workout + "/swaps", """
                {"swapId":"%s","slot":"%s","exerciseId":"goblet-squat","reason":"PAIN_AVOIDED"}"""
                .formatted(UUID.randomUUID(), slot));
        assertThat(spotters).hasStatus(400);
        assertThat(jdbc.sql("select count(*) from workout_swap where workout_id = ?::uuid").param(workout)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void painFlagsTheCoachAndTheNextSessionsAvoidTheMovementUntilResolved() {
        String workout = world.start(world.client);
        String today = world.today(world.client);
        String slot = strength(today, "slot");
        Exercise hurt = exercise(strength(today, "exerciseId"));
        String reportId = UUID.randomUUID().toString();
        String report = """
                {"reportId":"%s","slot":"%s","score":6,"region":"KNEE","side":"left","note":"Sharp at the bottom"}"""
                .formatted(reportId, slot);
        MvcTestResult reported = world.post(world.client, "/api/v1/workouts/" + workout + "/pain", report);
        assertThat(reported).hasStatus(201);
        assertThat((String) JsonPath.read(body(reported), "$.suggestedCondition")).isEqualTo("knee-pain");
        assertThat(world.post(world.client, "/api/v1/workouts/" + workout + "/pain", report)).hasStatus(201);
        assertThat(jdbc.sql("select count(*) from pain_report where report_id = ?::uuid").param(reportId)
                .query(Integer.class).single()).isEqualTo(1);

        MvcTestResult attention = mvc.get().uri("/api/v1/clients/" + world.clientId + "/attention")
                .with(bearer(world.trainer)).exchange();
        assertThat(attention).hasStatusOk();
        assertThat(JsonPath.<List<String>>read(body(attention), "$.attention[*].kind")).contains("PAIN");
        assertThat(JsonPath.<List<String>>read(body(attention), "$.attention[*].text").get(0))
                .contains("Knee (left), 6/10 during " + hurt.name());

        world.finish(world.client, workout, "{\"sessionRpe\":5}");
        String next = world.start(world.client);
        String session = world.today(world.client);
        List<String> exercises = JsonPath.read(session, "$.session.blocks[*].items[*].exerciseId");
        Map<String, String> cautions = JsonPath.read(session, "$.cautions");
        for (String id : exercises) {
            Exercise planned = exercise(id);
            boolean samePattern = planned.pattern() == hurt.pattern();
            assertThat(!samePattern || cautions.values().stream().anyMatch(text -> text.contains("knee")))
                    .as("%s repeats the painful %s pattern", planned.name(), hurt.pattern()).isTrue();
        }
        assertThat(JsonPath.<List<String>>read(session, "$.session.blocks[*].items[*].why[*].rule"))
                .contains("training.pain-avoided");
        assertThat(jdbc.sql("select count(*) from workout_swap where workout_id = ?::uuid and reason = 'PAIN_AVOIDED'")
                .param(next).query(Integer.class).single()).isPositive();

        MvcTestResult resolved = world.post(world.trainer, "/api/v1/clients/" + world.clientId + "/pain/" + reportId
                + "/resolve", "{\"resolution\":\"Physio cleared it\"}");
        assertThat(resolved).hasStatusOk();
        assertThat((Boolean) JsonPath.read(body(resolved), "$.open")).isFalse();
        world.finish(world.client, next, "{\"sessionRpe\":5}");
        assertThat(JsonPath.<List<String>>read(world.today(world.client),
                "$.session.blocks[*].items[*].why[*].rule")).doesNotContain("training.pain-avoided");
    }

    @Test
    void aPainReportOutOfRangeIsRefusedAndWritesNothing() {
        String workout = world.start(world.client);
        MvcTestResult tooHigh = world.post(world.client, "/api/v1/workouts/" + workout + "/pain", """
                {"reportId":"%s","score":11,"region":"ELBOW"}""".formatted(UUID.randomUUID()));
        assertThat(tooHigh).hasStatus(400);
        assertThat(body(tooHigh)).contains("score");
        MvcTestResult nowhere = world.post(world.client, "/api/v1/workouts/" + workout + "/pain", """
                {"reportId":"%s","score":3,"region":"SPLEEN"}""".formatted(UUID.randomUUID()));
        assertThat(nowhere).hasStatus(400);
        assertThat(body(nowhere)).contains("region");
        assertThat(jdbc.sql("select count(*) from pain_report where workout_id = ?::uuid").param(workout)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anotherClientCannotSwapOrReportInAWorkoutNotTheirs() {
        String workout = world.start(world.client);
        String slot = strength(world.today(world.client), "slot");
        String other = world.anotherClientWithProgram("Other Client");
        assertThat(world.post(other, "/api/v1/workouts/" + workout + "/pain", """
                {"reportId":"%s","score":3,"region":"ELBOW"}""".formatted(UUID.randomUUID()))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/workouts/" + workout + "/alternatives?slot=" + slot).with(bearer(other))
                .exchange()).hasStatus(404);
    }

    @Test
    void theNextLoadIsSuggestedFromLastTimeAndRoundedToTheStudiosWeights() {
        String owner = fixtures.token(world.studio.owner());
        assertThat(mvc.put().uri("/api/v1/studio/loading").with(bearer(owner))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                        {"unit":"KG","bar":20,"plates":[10,5],"dumbbellLightest":2,"dumbbellStep":2,
                         "dumbbellHeaviest":40,"stackStep":5}""").exchange()).hasStatusOk();
        String first = world.today(world.client);
        String slot = strength(first, "slot");
        String exercise = strength(first, "exerciseId");
        int reps = JsonPath.<List<Integer>>read(first, STRENGTH + ".dose.repsHigh").get(0);
        int perWeek = JsonPath.<Integer>read(first, "$.sessionsInPlan") / 4;
        String workout = world.start(world.client);
        for (int set = 1; set <= 2; set++) {
            assertThat(world.logSet(world.client, workout, """
                    {"setId":"%s","slot":"%s","setNumber":%d,"reps":%d,"loadKg":42,"rpe":7}""".formatted(
                    UUID.randomUUID(), slot, set, reps))).hasStatus(201);
        }
        world.finish(world.client, workout, "{\"sessionRpe\":6}");
        for (int session = 2; session <= perWeek; session++) {
            world.finish(world.client, world.start(world.client), "{\"sessionRpe\":5}");
        }
        String weekTwo = world.today(world.client);
        assertThat(strength(weekTwo, "exerciseId")).isEqualTo(exercise);
        Exercise lifted = exercise(exercise);
        var rounding = Autoregulation.rounding(studios.loading(world.studio.owner().studioId()), lifted);
        if (rounding == null) {
            assertThat(JsonPath.<Map<String, Object>>read(weekTwo, "$.suggestions")).doesNotContainKey(slot);
            return;
        }
        double suggested = JsonPath.<Double>read(weekTwo, "$.suggestions['" + slot + "'].loadKg");
        assertThat(rounding.round(suggested)).isEqualTo(suggested);
        assertThat((String) JsonPath.read(weekTwo, "$.suggestions['" + slot + "'].reason")).isNotBlank();
    }
}
