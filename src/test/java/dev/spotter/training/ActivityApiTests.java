package dev.spotter.training;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.garmin.fit.File;
import com.jayway.jsonpath.JsonPath;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.science.activity.ActivityFiles;
import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.science.activity.SampleActivityFiles.POINTS;
import static dev.spotter.science.activity.SampleActivityFiles.fit;
import static dev.spotter.science.activity.SampleActivityFiles.gpx;
import static dev.spotter.science.activity.SampleActivityFiles.gpxPoints;
import static dev.spotter.science.activity.SampleActivityFiles.tcx;
import static dev.spotter.science.activity.SampleActivityFiles.utf8;
import static dev.spotter.support.Fixtures.bearer;
import static dev.spotter.training.TrainingWorld.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Importing cardio sessions from GPX, TCX and FIT files through the API. The sample files are a 10-minute run of
 * 6 km with the heart rate climbing from 120 to 180 (SampleActivityFiles); the client is a woman born on
 * 2 April 1990 with a resting heart rate of 60 (TrainingWorld), 34 on the day of the run, so her zones start at
 * 122, 134.4, 146.8, 159.2 and 171.6 bpm (Karvonen, maximum 184 by Tanaka) and her TRIMP is 22.2.
 */
@IntegrationTest
class ActivityApiTests {

    private static final List<Integer> ZONE_SECONDS = List.of(20, 130, 120, 130, 120, 80);

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
        world = new TrainingWorld(mvc, jdbc, directory, fixtures, "Activity Gym", 4);
    }

    @Test
    void importsAGpxFileWithDurationDistancePaceZonesAndTrimp() {
        MvcTestResult result = upload(world.client, "morning-run.gpx", gpxRun());

        assertThat(result).hasStatus(201);
        String json = body(result);
        assertThat((String) JsonPath.read(json, "$.format")).isEqualTo("GPX");
        assertThat((String) JsonPath.read(json, "$.sport")).isEqualTo("RUNNING");
        assertThat((String) JsonPath.read(json, "$.startedAt")).isEqualTo("2025-03-03T07:00:00Z");
        assertThat((Integer) JsonPath.read(json, "$.seconds")).isEqualTo(600);
        assertThat((Double) JsonPath.read(json, "$.metres")).isCloseTo(6004.5, within(0.1));
        assertThat((Integer) JsonPath.read(json, "$.paceSecondsPerKm")).isEqualTo(100);
        assertThat((Integer) JsonPath.read(json, "$.avgHr")).isEqualTo(150);
        assertThat((Integer) JsonPath.read(json, "$.maxHr")).isEqualTo(180);
        assertThat((Integer) JsonPath.read(json, "$.restingHr")).isEqualTo(60);
        assertThat((Integer) JsonPath.read(json, "$.maximalHr")).isEqualTo(184);
        assertThat(JsonPath.<List<Integer>>read(json, "$.zones[*].seconds")).isEqualTo(ZONE_SECONDS);
        assertThat(JsonPath.<List<Integer>>read(json, "$.zones[*].fromBpm")).containsExactly(60, 122, 134, 147,
                159, 172);
        assertThat((Double) JsonPath.read(json, "$.trimp")).isEqualTo(22.2);
        assertThat((String) JsonPath.read(json, "$.fileName")).isEqualTo("morning-run.gpx");
        assertThat(JsonPath.<String>read(json, "$.sha256")).hasSize(64);
    }

    @Test
    void importsATcxFileWithTheLapsTimerTimeAndDistance() {
        MvcTestResult result = upload(world.client, "run.tcx", utf8(tcx(1)));

        assertThat(result).hasStatus(201);
        String json = body(result);
        assertThat((String) JsonPath.read(json, "$.format")).isEqualTo("TCX");
        assertThat((Integer) JsonPath.read(json, "$.seconds")).isEqualTo(590);
        assertThat((Double) JsonPath.read(json, "$.metres")).isEqualTo(6000.0);
        // 590 s over 6 km is 98.3 s a kilometre.
        assertThat((Integer) JsonPath.read(json, "$.paceSecondsPerKm")).isEqualTo(98);
        assertThat(JsonPath.<List<Integer>>read(json, "$.zones[*].seconds")).isEqualTo(ZONE_SECONDS);
        assertThat((Double) JsonPath.read(json, "$.trimp")).isEqualTo(22.2);
    }

    @Test
    void importsAFitFileWrittenWithGarminsEncoder() {
        MvcTestResult result = upload(world.client, "run.fit", fit(File.ACTIVITY, true, 0));

        assertThat(result).hasStatus(201);
        String json = body(result);
        assertThat((String) JsonPath.read(json, "$.format")).isEqualTo("FIT");
        assertThat((Integer) JsonPath.read(json, "$.seconds")).isEqualTo(600);
        assertThat((Double) JsonPath.read(json, "$.metres")).isCloseTo(6004.5, within(0.1));
        assertThat(JsonPath.<List<Integer>>read(json, "$.zones[*].seconds")).isEqualTo(ZONE_SECONDS);
        assertThat((Double) JsonPath.read(json, "$.trimp")).isEqualTo(22.2);
        assertThat(mvc.get().uri("/api/v1/me/activities").with(bearer(world.client))).hasStatusOk()
                .bodyJson().extractingPath("$.totalItems").isEqualTo(1);
    }

    @Test
    void theSameFileTwiceIsStoredOnceAndAnswersTheFirstImport() {
        MvcTestResult first = upload(world.client, "run.fit", fit(File.ACTIVITY, true, 0));
        MvcTestResult again = upload(world.client, "renamed.fit", fit(File.ACTIVITY, true, 0));

        assertThat(first).hasStatus(201);
        assertThat(again).hasStatus(200);
        assertThat((String) JsonPath.read(body(again), "$.id")).isEqualTo(JsonPath.read(body(first), "$.id"));
        assertThat((String) JsonPath.read(body(again), "$.fileName")).isEqualTo("run.fit");
        assertThat(activities(world.clientId)).isEqualTo(1);
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheImportAndRefusesADifferentFile() {
        String key = UUID.randomUUID().toString();
        MvcTestResult first = upload(world.client, "run.gpx", gpxRun(), key);
        MvcTestResult retry = upload(world.client, "run.gpx", gpxRun(), key);
        MvcTestResult other = upload(world.client, "run.tcx", utf8(tcx(1)), key);

        assertThat(first).hasStatus(201);
        assertThat(retry).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
        assertThat(body(retry)).isEqualTo(body(first));
        assertThat(other).hasStatus(422);
        assertThat(activities(world.clientId)).isEqualTo(1);
    }

    @Test
    void aDamagedFileIsRefusedWithTheReasonAndWritesNothing() {
        byte[] damaged = fit(File.ACTIVITY, true, 0);
        damaged[damaged.length / 2] ^= 0x5A;

        assertRefused(upload(world.client, "run.fit", damaged),
                "file was not imported: the FIT file is damaged: its checksum does not match");
        assertRefused(upload(world.client, "notes.txt", utf8("just some notes about my run")),
                "file was not imported: not a GPX, TCX or FIT file");
        assertRefused(upload(world.client, "huge.gpx", new byte[ActivityFiles.MAX_BYTES + 1]),
                "file was not imported: the file is larger than 20 MB");
        assertRefused(mvc.post().uri("/api/v1/me/activities").with(bearer(world.client)).multipart().exchange(),
                "file is required: choose a GPX, TCX or FIT file");
        assertThat(activities(world.clientId)).isZero();
    }

    @Test
    void withoutARestingHeartRateZonesAndTrimpSayWhatIsMissing() {
        String newcomer = fixtures.token(fixtures.join(world.studio.trainer(), Role.CLIENT, "Nia Newcomer"));

        MvcTestResult result = upload(newcomer, "run.gpx", gpxRun());

        assertThat(result).hasStatus(201);
        String json = body(result);
        assertThat((Integer) JsonPath.read(json, "$.seconds")).isEqualTo(600);
        assertThat((Integer) JsonPath.read(json, "$.avgHr")).isEqualTo(150);
        assertThat(JsonPath.<Map<String, Object>>read(json, "$")).doesNotContainKeys("zones", "trimp");
        assertThat((String) JsonPath.read(json, "$.zonesNotComputed")).isEqualTo("add a resting heart rate to the profile");
        assertThat((String) JsonPath.read(json, "$.trimpNotComputed")).isEqualTo("add a resting heart rate to the profile");
    }

    @Test
    void attachedToTheOpenWorkoutsCardioExerciseItIsLoggedAsItsNextSet() {
        String workout = world.start(world.client);

        MvcTestResult result = upload(world.client, "run.fit", fit(File.ACTIVITY, true, 0), null,
                "workoutId", workout, "slot", "cardio");

        assertThat(result).hasStatus(201);
        assertThat((String) JsonPath.read(body(result), "$.workoutId")).isEqualTo(workout);
        assertThat((String) JsonPath.read(body(result), "$.slot")).isEqualTo("cardio");
        assertThat(JsonPath.<String>read(body(result), "$.exerciseName")).isNotBlank();
        String sets = body(mvc.get().uri("/api/v1/workouts/{id}", workout).with(bearer(world.client)).exchange());
        assertThat(JsonPath.<List<Integer>>read(sets, "$.sets[?(@.slot == 'cardio')].seconds")).containsExactly(600);
        assertThat(JsonPath.<List<Integer>>read(sets, "$.sets[?(@.slot == 'cardio')].metres")).containsExactly(6005);
        assertThat(JsonPath.<List<Integer>>read(sets, "$.sets[?(@.slot == 'cardio')].avgHr")).containsExactly(150);

        String id = JsonPath.read(body(result), "$.id");
        assertThat(mvc.delete().uri("/api/v1/me/activities/{id}", id).with(bearer(world.client))).hasStatus(204);
        sets = body(mvc.get().uri("/api/v1/workouts/{id}", workout).with(bearer(world.client)).exchange());
        assertThat(JsonPath.<List<Object>>read(sets, "$.sets[?(@.slot == 'cardio')]")).isEmpty();
        assertThat(activities(world.clientId)).isZero();
    }

    @Test
    void attachingNamesTheFieldThatDoesNotFit() {
        String workout = world.start(world.client);
        byte[] run = fit(File.ACTIVITY, true, 0);

        assertRefusedField(upload(world.client, "run.fit", run, null, "workoutId", workout, "slot", "squat"),
                "slot", "is not a cardio exercise of this workout");
        assertRefusedField(upload(world.client, "run.fit", run, null, "workoutId", workout),
                "slot", "is required with workoutId: the cardio exercise the session was for");
        String other = world.anotherClientWithProgram("Olga Other");
        String theirs = world.start(other);
        assertRefusedField(upload(world.client, "run.fit", run, null, "workoutId", theirs, "slot", "cardio"),
                "workoutId", "is not one of your workouts");
        assertThat(activities(world.clientId)).isZero();
    }

    @Test
    void coachesReadTheirClientsActivitiesAndAnotherStudioNothing() {
        String id = JsonPath.read(body(upload(world.client, "run.gpx", gpxRun())), "$.id");

        assertThat(mvc.get().uri("/api/v1/clients/{id}/activities", world.clientId).with(bearer(world.trainer)))
                .hasStatusOk().bodyJson().extractingPath("$.items[0].id").isEqualTo(id);
        assertThat(mvc.get().uri("/api/v1/clients/{id}/activities", world.clientId).with(bearer(world.client)))
                .hasStatus(403);
        assertThat(upload(world.trainer, "run.gpx", gpxRun())).hasStatus(403);

        String neighbour = world.anotherClientWithProgram("Nadia Neighbour");
        assertThat(mvc.get().uri("/api/v1/me/activities/{id}", id).with(bearer(neighbour))).hasStatus(404);
        assertThat(mvc.delete().uri("/api/v1/me/activities/{id}", id).with(bearer(neighbour))).hasStatus(404);

        var elsewhere = fixtures.studio("Elsewhere Activity Gym");
        String stranger = fixtures.token(elsewhere.client());
        String strangerCoach = fixtures.token(elsewhere.trainer());
        assertThat(mvc.get().uri("/api/v1/me/activities/{id}", id).with(bearer(stranger))).hasStatus(404);
        assertThat(mvc.delete().uri("/api/v1/me/activities/{id}", id).with(bearer(stranger))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/clients/{id}/activities", world.clientId).with(bearer(strangerCoach)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/me/activities").with(bearer(stranger))).hasStatusOk()
                .bodyJson().extractingPath("$.totalItems").isEqualTo(0);
        assertThat(activities(world.clientId)).isEqualTo(1);
    }

    /** The sample run as a GPX file. */
    private static byte[] gpxRun() {
        return utf8(gpx(gpxPoints(0, POINTS, 0, 0)));
    }

    private MvcTestResult upload(String token, String name, byte[] content) {
        return upload(token, name, content, null);
    }

    private MvcTestResult upload(String token, String name, byte[] content, String key, String... params) {
        // Sent as a part, as a browser or phone does, so that the Idempotency-Key's fingerprint covers the file.
        var request = mvc.post().uri("/api/v1/me/activities").with(bearer(token)).multipart()
                .part(new MockPart("file", name, content));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.exchange();
    }

    private int activities(UUID client) {
        return jdbc.sql("select count(*) from activity where client_id = ?").param(client).query(Integer.class)
                .single();
    }

    private static void assertRefused(MvcTestResult result, String detail) {
        assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) JsonPath.read(body(result), "$.detail")).isEqualTo(detail);
        assertThat((String) JsonPath.read(body(result), "$.errors[0].field")).isEqualTo("file");
    }

    private static void assertRefusedField(MvcTestResult result, String field, String message) {
        assertThat(result).hasStatus(400);
        assertThat((String) JsonPath.read(body(result), "$.errors[0].field")).isEqualTo(field);
        assertThat((String) JsonPath.read(body(result), "$.errors[0].message")).isEqualTo(message);
    }
}
