package dev.spotter.training;

import java.util.List;
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

import static dev.spotter.support.Fixtures.bearer;
import static dev.spotter.training.TrainingWorld.body;
import static org.assertj.core.api.Assertions.assertThat;

/** Training through the API: today's session, starting, logging and finishing, and who may read what. */
@IntegrationTest
class TrainingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClientDirectory directory;

    TrainingWorld world;

    @BeforeEach
    void world() {
        world = new TrainingWorld(mvc, jdbc, directory, fixtures, "Training Gym", 4);
    }

    @Test
    void todayIsTheFirstSessionOfThePublishedProgram() {
        String today = world.today(world.client);
        assertThat((String) JsonPath.read(today, "$.state")).isEqualTo("READY");
        assertThat((Integer) JsonPath.read(today, "$.weekNumber")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(today, "$.sessionIndex")).isEqualTo(1);
        int perWeek = jdbc.sql("select days_per_week from program_version where program_id = ?::uuid")
                .param(world.programId).query(Integer.class).single();
        assertThat((String) JsonPath.read(today, "$.position"))
                .isEqualTo("Week 1 · Session 1 of " + perWeek * 4);
        assertThat(JsonPath.<List<Object>>read(today, "$.session.blocks[*].items[*]")).isNotEmpty();
    }

    @Test
    void aClientWithoutAPublishedProgramHasNothingToTrain() {
        String other = fixtures.token(fixtures.join(world.studio.trainer(), dev.spotter.platform.tenancy.Role.CLIENT,
                "Noah Newcomer"));
        assertThat((String) JsonPath.read(world.today(other), "$.state")).isEqualTo("NO_PROGRAM");
        assertThat(world.post(other, "/api/v1/workouts", "")).hasStatus(409);
    }

    @Test
    void finishingASessionMovesTodayToTheNextOneInPlanOrder() {
        int perWeek = JsonPath.<Integer>read(world.today(world.client), "$.sessionsInPlan") / 4;
        for (int session = 1; session <= perWeek; session++) {
            String today = world.today(world.client);
            assertThat((Integer) JsonPath.read(today, "$.weekNumber")).isEqualTo(1);
            assertThat((Integer) JsonPath.read(today, "$.sessionIndex")).isEqualTo(session);
            String workout = world.start(world.client);
            assertThat(world.finish(world.client, workout, "{\"sessionRpe\":6,\"minutes\":45}")).hasStatusOk();
        }
        String today = world.today(world.client);
        assertThat((Integer) JsonPath.read(today, "$.weekNumber")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(today, "$.sessionIndex")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(today, "$.sessionsDone")).isEqualTo(perWeek);
    }

    @Test
    void startingTwiceAnswersTheOpenWorkout() {
        MvcTestResult first = world.post(world.client, "/api/v1/workouts", "");
        assertThat(first).hasStatus(201);
        MvcTestResult again = world.post(world.client, "/api/v1/workouts", "");
        assertThat(again).hasStatus(200);
        assertThat((String) JsonPath.read(body(again), "$.id")).isEqualTo(JsonPath.read(body(first), "$.id"));
        String today = world.today(world.client);
        assertThat((String) JsonPath.read(today, "$.state")).isEqualTo("IN_PROGRESS");
        assertThat((String) JsonPath.read(today, "$.workout.id")).isEqualTo(JsonPath.read(body(first), "$.id"));
    }

    @Test
    void theSameSetSentTwiceIsStoredOnceAndAnsweredTheSame() {
        String workout = world.start(world.client);
        String slot = world.firstSlot(world.client);
        String set = """
                {"setId":"%s","slot":"%s","setNumber":1,"reps":10,"loadKg":40,"rpe":7.5}"""
                .formatted(UUID.randomUUID(), slot);
        MvcTestResult first = world.logSet(world.client, workout, set);
        assertThat(first).hasStatus(201);
        MvcTestResult second = world.logSet(world.client, workout, set);
        assertThat(second).hasStatus(201);
        assertThat(body(second)).isEqualTo(body(first));
        assertThat(jdbc.sql("select count(*) from logged_set where workout_id = ?::uuid").param(workout)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat((Double) JsonPath.read(body(first), "$.rpe")).isEqualTo(7.5);
        assertThat((Integer) JsonPath.read(body(first), "$.loadKg")).isEqualTo(40);
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheFirstResponse() {
        String workout = world.start(world.client);
        String slot = world.firstSlot(world.client);
        String key = UUID.randomUUID().toString();
        String set = """
                {"setId":"%s","slot":"%s","setNumber":1,"reps":8,"loadKg":42.5}""".formatted(UUID.randomUUID(), slot);
        MvcTestResult first = mvc.post().uri("/api/v1/workouts/{id}/sets", workout).with(bearer(world.client))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(set).exchange();
        MvcTestResult retry = mvc.post().uri("/api/v1/workouts/{id}/sets", workout).with(bearer(world.client))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(set).exchange();
        assertThat(first).hasStatus(201);
        assertThat(retry).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
        assertThat(body(retry)).isEqualTo(body(first));
        assertThat(jdbc.sql("select count(*) from logged_set where workout_id = ?::uuid").param(workout)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void valuesOutOfRangeAreRefusedNamingEachField() {
        String workout = world.start(world.client);
        String slot = world.firstSlot(world.client);
        MvcTestResult rpe = world.logSet(world.client, workout, """
                {"setId":"%s","slot":"%s","setNumber":1,"reps":10,"rpe":11}""".formatted(UUID.randomUUID(), slot));
        assertThat(rpe).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) JsonPath.read(body(rpe), "$.detail")).isEqualTo("rpe must be between 1 and 10");

        MvcTestResult many = world.logSet(world.client, workout, """
                {"setId":"%s","slot":"%s","setNumber":1,"reps":101,"loadKg":501,"rir":11,"seconds":0,
                 "metres":100001,"avgHr":20,"maxHr":231}""".formatted(UUID.randomUUID(), slot));
        assertThat(many).hasStatus(400);
        assertThat(JsonPath.<List<String>>read(body(many), "$.errors[*].field"))
                .containsExactly("reps", "loadKg", "rir", "seconds", "metres", "avgHr", "maxHr");
        assertThat(JsonPath.<List<String>>read(body(many), "$.errors[*].message")).containsExactly(
                "must be between 0 and 100", "must be between 0 and 500 kg", "must be between 0 and 10",
                "must be between 1 and 14400", "must be between 1 and 100000", "must be between 30 and 230",
                "must be between 30 and 230");

        MvcTestResult half = world.logSet(world.client, workout, """
                {"setId":"%s","slot":"%s","setNumber":1,"reps":10,"rpe":7.3}""".formatted(UUID.randomUUID(), slot));
        assertThat((String) JsonPath.read(body(half), "$.errors[0].field")).isEqualTo("rpe");

        MvcTestResult unknown = world.logSet(world.client, workout, """
                {"setId":"%s","slot":"no-such-slot","setNumber":1,"reps":10}""".formatted(UUID.randomUUID()));
        assertThat((String) JsonPath.read(body(unknown), "$.errors[0].field")).isEqualTo("slot");

        MvcTestResult finish = world.finish(world.client, workout, "{\"sessionRpe\":11}");
        assertThat(finish).hasStatus(400);
        assertThat((String) JsonPath.read(body(finish), "$.detail")).isEqualTo("sessionRpe must be between 0 and 10");
        assertThat(jdbc.sql("select count(*) from logged_set where workout_id = ?::uuid").param(workout)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSetBeyondThePrescriptionIsRefusedAndAStoredSetIsAnsweredEvenAfterFinishing() {
        String workout = world.start(world.client);
        String slot = world.firstSlot(world.client);
        int sets = JsonPath.read(world.today(world.client), "$.session.blocks[0].items[0].sets");
        MvcTestResult beyond = world.logSet(world.client, workout, """
                {"setId":"%s","slot":"%s","setNumber":%d,"reps":10}""".formatted(UUID.randomUUID(), slot, sets + 1));
        assertThat(beyond).hasStatus(400);
        assertThat((String) JsonPath.read(body(beyond), "$.errors[0].field")).isEqualTo("setNumber");

        String set = """
                {"setId":"%s","slot":"%s","setNumber":1,"reps":10,"loadKg":40}""".formatted(UUID.randomUUID(), slot);
        MvcTestResult first = world.logSet(world.client, workout, set);
        assertThat(first).hasStatus(201);
        assertThat(world.finish(world.client, workout, "{\"sessionRpe\":6}")).hasStatusOk();
        MvcTestResult resent = world.logSet(world.client, workout, set);
        assertThat(resent).hasStatus(201);
        assertThat(body(resent)).isEqualTo(body(first));
    }

    @Test
    void finishingRecordsSessionRpeAndLoadAndRefusesLaterSets() {
        String workout = world.start(world.client);
        String slot = world.firstSlot(world.client);
        assertThat(world.logSet(world.client, workout, """
                {"setId":"%s","slot":"%s","setNumber":1,"reps":10,"loadKg":40}""".formatted(UUID.randomUUID(),
                slot))).hasStatus(201);
        MvcTestResult finished = world.finish(world.client, workout,
                "{\"sessionRpe\":7,\"minutes\":50,\"notes\":\"Knees felt fine\"}");
        assertThat(finished).hasStatusOk();
        assertThat((String) JsonPath.read(body(finished), "$.status")).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(body(finished), "$.load")).isEqualTo(350);
        assertThat((Integer) JsonPath.read(body(finished), "$.setsDone")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(body(finished), "$.setsPrescribed")).isGreaterThan(1);

        assertThat(world.logSet(world.client, workout, """
                {"setId":"%s","slot":"%s","setNumber":2,"reps":10}""".formatted(UUID.randomUUID(), slot)))
                .hasStatus(409);
        assertThat(world.finish(world.client, workout, "{\"sessionRpe\":3}")).hasStatusOk()
                .bodyJson().extractingPath("$.sessionRpe").isEqualTo(7);
    }

    @Test
    void whatWasDoneLastTimeIsShownForTheSameExerciseAWeekLater() {
        String first = world.today(world.client);
        String strength = "$.session.blocks[?(@.kind == 'STRENGTH')].items[0]";
        String slot = JsonPath.<List<String>>read(first, strength + ".slot").get(0);
        String exercise = JsonPath.<List<String>>read(first, strength + ".exerciseId").get(0);
        int perWeek = JsonPath.<Integer>read(first, "$.sessionsInPlan") / 4;
        assertThat(JsonPath.<java.util.Map<String, String>>read(first, "$.lastTime")).isEmpty();
        String workout = world.start(world.client);
        for (int set = 1; set <= 2; set++) {
            assertThat(world.logSet(world.client, workout, """
                    {"setId":"%s","slot":"%s","setNumber":%d,"reps":10,"loadKg":40}""".formatted(UUID.randomUUID(),
                    slot, set))).hasStatus(201);
        }
        world.finish(world.client, workout, "{\"sessionRpe\":6}");
        for (int session = 2; session <= perWeek; session++) {
            world.finish(world.client, world.start(world.client), "{\"sessionRpe\":5}");
        }
        String weekTwo = world.today(world.client);
        assertThat((Integer) JsonPath.read(weekTwo, "$.weekNumber")).isEqualTo(2);
        assertThat(JsonPath.<List<String>>read(weekTwo, strength + ".exerciseId")).containsExactly(exercise);
        assertThat((String) JsonPath.read(weekTwo, "$.lastTime['" + exercise + "']")).isEqualTo("2 x 10 @ 40 kg");
    }

    @Test
    void aClientSeesOnlyTheirOwnWorkoutsAndAnotherStudioNone() {
        String workout = world.start(world.client);
        String other = world.anotherClientWithProgram("Olga Other");
        String theirs = world.start(other);

        assertThat(mvc.get().uri("/api/v1/workouts/{id}", workout).with(bearer(other))).hasStatus(404);
        assertThat(world.logSet(other, workout, """
                {"setId":"%s","slot":"x","setNumber":1,"reps":1}""".formatted(UUID.randomUUID()))).hasStatus(404);
        MvcTestResult own = mvc.get().uri("/api/v1/workouts").with(bearer(other)).exchange();
        assertThat(JsonPath.<List<String>>read(body(own), "$.items[*].id")).containsExactly(theirs);
        MvcTestResult asking = mvc.get().uri("/api/v1/workouts?clientId={id}", world.clientId).with(bearer(other))
                .exchange();
        assertThat((Integer) JsonPath.read(body(asking), "$.totalItems")).isZero();

        MvcTestResult coach = mvc.get().uri("/api/v1/workouts?clientId={id}", world.clientId)
                .with(bearer(world.trainer)).exchange();
        assertThat(JsonPath.<List<String>>read(body(coach), "$.items[*].id")).containsExactly(workout);
        assertThat(mvc.get().uri("/api/v1/workouts/{id}", workout).with(bearer(world.trainer))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/workouts?size=1").with(bearer(world.trainer))).hasStatusOk()
                .bodyJson().extractingPath("$.totalItems").isEqualTo(2);

        var elsewhere = fixtures.studio("Elsewhere Gym");
        String stranger = fixtures.token(elsewhere.trainer());
        assertThat(mvc.get().uri("/api/v1/workouts/{id}", workout).with(bearer(stranger))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/workouts?clientId={id}", world.clientId).with(bearer(stranger)))
                .hasStatus(404);
    }

    @Test
    void coachesReadWorkoutsButDoNotLogThem() {
        assertThat(world.post(world.trainer, "/api/v1/workouts", "")).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/me/today").with(bearer(world.trainer))).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/workouts?size=101").with(bearer(world.trainer))).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
    }
}
