package dev.spotter.training;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.web.Flash;
import dev.spotter.science.TrainingLoad;
import dev.spotter.support.Fixtures;
import dev.spotter.support.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.support.Fixtures.as;
import static dev.spotter.support.Fixtures.bearer;
import static dev.spotter.training.TrainingWorld.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The trainer's view of a client's training: sessions, compliance, each workout, and notes back to the client. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({Fixtures.class, QueryCounter.class})
class TrainerTrainingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClientDirectory directory;

    @Autowired
    TrainingLog log;

    TrainingWorld world;

    @BeforeEach
    void world() {
        world = new TrainingWorld(mvc, jdbc, directory, fixtures, "Trainer View Gym", 4);
    }

    /** The client trains a session: two sets of the first strength exercise, RPE 7 for 50 minutes. */
    private String trainOneSession(TrainingWorld in) {
        String slot = JsonPath.<List<String>>read(in.today(in.client),
                "$.session.blocks[?(@.kind == 'STRENGTH')].items[0].slot").get(0);
        String workout = in.start(in.client);
        for (int set = 1; set <= 2; set++) {
            assertThat(in.logSet(in.client, workout, """
                    {"setId":"%s","slot":"%s","setNumber":%d,"reps":10,"loadKg":40,"rpe":8}"""
                    .formatted(UUID.randomUUID(), slot, set))).hasStatus(201);
        }
        assertThat(in.finish(in.client, workout, "{\"sessionRpe\":7,\"minutes\":50,\"notes\":\"Felt good\"}"))
                .hasStatusOk();
        return workout;
    }

    @Test
    void theTrainerSeesEachSessionWithSetsRpeLoadAndCompliance() {
        String workout = trainOneSession(world);
        var training = log.forClient(world.studio.trainer(), world.clientId, new Paging(0, 20));
        assertThat(training.compliance().done()).isEqualTo(1);
        assertThat(training.compliance().total())
                .isEqualTo(JsonPath.<Integer>read(world.today(world.client), "$.sessionsInPlan"));

        String page = page("/app/clients/" + world.clientId + "/training");
        int prescribed = training.workouts().get(0).prescribedSets();
        assertThat(page).contains(training.workouts().get(0).sessionName())
                .contains("2 of " + prescribed + " sets").contains("RPE 7").contains("350 AU")
                .contains(training.compliance().done() + " of " + training.compliance().plannedSoFar() + " sessions");

        String detail = page("/app/clients/" + world.clientId + "/training/" + workout);
        assertThat(detail).contains("Set 1: 10 x 40 kg · RPE 8").contains("Set 2: 10 x 40 kg · RPE 8")
                .contains("Felt good").contains("Not logged.").contains("Save note");

        assertThat(page("/app/clients/" + world.clientId)).contains("id=\"training\"")
                .contains("/app/clients/" + world.clientId + "/training");
    }

    @Test
    void theTrainerSeesTheClientsTrainingLoadWithItsFlags() {
        String twoWeeksAgo = trainOneSession(world);
        String lastWeek = trainOneSession(world);
        String today = trainOneSession(world);
        // Loads 7 x 50 = 350 two weeks ago, 6 x 40 = 240 a week ago, 8 x 60 = 480 today.
        ended(twoWeeksAgo, 14, 7, 50);
        ended(lastWeek, 7, 6, 40);
        ended(today, 0, 8, 60);

        var load = log.forClient(world.studio.trainer(), world.clientId, new Paging(0, 20)).load();

        // The last 7 days hold only today's 480. Their mean is 480 / 7 = 68.57, their population SD is
        // sqrt(480^2 / 7 - 68.57^2) = 167.96, so monotony is 0.408 and strain 480 x 0.408 = 195.9.
        assertThat(load.weekly()).isEqualTo(480.0);
        assertThat(load.monotony()).isCloseTo(0.408, within(0.001));
        assertThat(load.strain()).isCloseTo(195.9, within(0.1));
        assertThat(load.weekChange()).isCloseTo(1.0, within(1e-9));
        assertThat(load.rollingAcwr()).as("only 15 days of sessions").isNull();
        assertThat(load.flags()).containsExactly(TrainingLoad.Flag.WEEKLY_RISE_ABOVE_15_PERCENT);
        assertThat(page("/app/clients/" + world.clientId + "/training")).contains("Training load")
                .contains("480 AU").contains("+100 %").contains("0.41").contains("Needs 28 days of sessions")
                .contains("Load up more than 15 % on the week before");
    }

    /** Moves a finished workout back by some days, with its session RPE and minutes. */
    private void ended(String workout, int daysAgo, int rpe, int minutes) {
        jdbc.sql("""
                update workout set finished_at = now() - make_interval(days => :days), session_rpe = :rpe,
                                   minutes = :minutes
                 where workout_id = :id::uuid
                """).param("days", daysAgo).param("rpe", rpe).param("minutes", minutes).param("id", workout)
                .update();
    }

    @Test
    void aCoachsNoteReachesTheClientsTodayScreen() {
        String workout = trainOneSession(world);
        MvcTestResult saved = mvc.post().uri("/app/clients/{id}/training/{workout}/comments", world.clientId, workout)
                .with(csrf()).with(as(world.studio.trainer())).param("body", "Great depth. Add 2.5 kg next time.")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection()
                .hasRedirectedUrl("/app/clients/" + world.clientId + "/training/" + workout + "#comments");

        MvcTestResult today = mvc.get().uri("/portal/today").with(as(world.studio.client())).exchange();
        assertThat(body(today)).contains("Coach’s note").contains("Great depth. Add 2.5 kg next time.")
                .contains("Terry Trainer");
        MvcTestResult api = mvc.get().uri("/api/v1/workouts/{id}", workout).with(bearer(world.client)).exchange();
        assertThat((String) JsonPath.read(body(api), "$.comments[0].body"))
                .isEqualTo("Great depth. Add 2.5 kg next time.");
        String todayApi = world.today(world.client);
        assertThat((String) JsonPath.read(todayApi, "$.recent[0].workout.id")).isEqualTo(workout);
        assertThat((String) JsonPath.read(todayApi, "$.recent[0].comments[0].body"))
                .isEqualTo("Great depth. Add 2.5 kg next time.");
    }

    @Test
    void anEmptyNoteIsRefusedNamingTheBody() {
        String workout = trainOneSession(world);
        MvcTestResult empty = mvc.post().uri("/app/clients/{id}/training/{workout}/comments", world.clientId, workout)
                .with(csrf()).with(as(world.studio.trainer())).param("body", "  ").exchange();
        assertThat(((Flash) empty.getMvcResult().getFlashMap().get("flash")).message())
                .startsWith("Note not saved: it is required");
        MvcTestResult api = mvc.post().uri("/api/v1/workouts/{id}/comments", workout).with(bearer(world.trainer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"\"}").exchange();
        assertThat(api).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) JsonPath.read(body(api), "$.errors[0].field")).isEqualTo("body");
        assertThat(mvc.post().uri("/api/v1/workouts/{id}/comments", workout).with(bearer(world.client))
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Me again\"}")).hasStatus(403);
        assertThat(jdbc.sql("select count(*) from workout_comment where workout_id = ?::uuid").param(workout)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anotherStudioAndAnotherClientsAddressFindNothing() {
        String workout = trainOneSession(world);
        var elsewhere = fixtures.studio("Elsewhere Training Gym");
        assertThat(mvc.get().uri("/app/clients/{id}/training", world.clientId).with(as(elsewhere.trainer())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/app/clients/{id}/training/{workout}", world.clientId, workout)
                .with(as(elsewhere.trainer()))).hasStatus(404);
        assertThat(mvc.post().uri("/app/clients/{id}/training/{workout}/comments", world.clientId, workout)
                .with(csrf()).with(as(elsewhere.trainer())).param("body", "Hello")).hasStatus(404);
        UUID other = world.clientOf(fixtures.join(world.studio.trainer(), dev.spotter.platform.tenancy.Role.CLIENT,
                "Otto Other"));
        assertThat(mvc.get().uri("/app/clients/{id}/training/{workout}", other, workout)
                .with(as(world.studio.trainer()))).hasStatus(404);
        assertThat(mvc.get().uri("/app/clients/{id}/training", world.clientId).with(as(world.studio.client())))
                .hasStatus(403);
    }

    @Test
    void theTrainingPageMakesTheSameQueriesHoweverManySessions() {
        trainOneSession(world);
        int one = queries(() -> page("/app/clients/" + world.clientId + "/training"));
        int file = queries(() -> page("/app/clients/" + world.clientId));

        TrainingWorld busy = new TrainingWorld(mvc, jdbc, directory, fixtures, "Busy Trainer Gym", 4);
        for (int i = 0; i < 4; i++) {
            String workout = trainOneSession(busy);
            log.comment(busy.studio.trainer(), UUID.fromString(workout), "Note " + i);
        }
        assertThat(queries(() -> body(mvc.get().uri("/app/clients/" + busy.clientId + "/training")
                .with(as(busy.studio.trainer())).exchange()))).isEqualTo(one);
        assertThat(queries(() -> body(mvc.get().uri("/app/clients/" + busy.clientId)
                .with(as(busy.studio.trainer())).exchange()))).isEqualTo(file);
        int today = queries(() -> body(mvc.get().uri("/portal/today").with(as(world.studio.client())).exchange()));
        assertThat(queries(() -> body(mvc.get().uri("/portal/today").with(as(busy.studio.client())).exchange())))
                .as("Today with notes on every recent session").isEqualTo(today);
    }

    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(world.studio.trainer())).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private static int queries(Supplier<String> request) {
        QueryCounter.reset();
        request.get();
        assertThat(QueryCounter.count()).as("the counter sees the queries").isPositive();
        return QueryCounter.count();
    }
}
