package dev.spotter.exercises;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.support.Fixtures.as;
import static dev.spotter.support.Fixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Imports run as one transaction with a preview and a report, and importing the same file twice is harmless. */
@IntegrationTest
class ExerciseImportTests {

    static final Path FREE_EXERCISE_DB = Path.of("../shared/data/free-exercise-db/exercises.json");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    Fixtures.StudioFixture studio;
    String token;

    @BeforeEach
    void studio() {
        studio = fixtures.studio("Import Gym");
        token = fixtures.token(studio.trainer());
    }

    @Test
    void importsTheRealFreeExerciseDbFileAndReimportsIdempotently() throws IOException {
        assumeTrue(Files.exists(FREE_EXERCISE_DB), "Skipping: ../shared/data/free-exercise-db is not present");
        byte[] file = Files.readAllBytes(FREE_EXERCISE_DB);

        MvcTestResult preview = importFile("free-exercise-db", true, file);
        assertThat(preview).hasStatusOk().bodyJson().extractingPath("$.created").isEqualTo(873);
        assertThat(ownCount()).isZero();

        MvcTestResult first = importFile("free-exercise-db", false, file);
        assertThat(first).hasStatusOk().bodyJson().extractingPath("$.created").isEqualTo(873);
        assertThat(first).bodyJson().extractingPath("$.unmapped").asArray().isNotEmpty();
        assertThat(ownCount()).isEqualTo(873);
        assertThat(jdbc.sql("select count(*) from studio_exercise where studio_id = ? and tags_reviewed")
                .param(studio.owner().studioId().value()).query(Integer.class).single()).isZero();

        MvcTestResult again = importFile("free-exercise-db", false, file);
        assertThat(again).hasStatusOk().bodyJson().extractingPath("$.created").isEqualTo(0);
        assertThat(again).bodyJson().extractingPath("$.updated").isEqualTo(0);
        assertThat(again).bodyJson().extractingPath("$.unchanged").isEqualTo(873);
        assertThat(ownCount()).isEqualTo(873);

        assertThat(mvc.get().uri("/api/v1/exercises?q=3/4 sit-up&origin=IMPORTED").with(bearer(token)))
                .bodyJson().extractingPath("$.items[0].sourceRef").isEqualTo("3_4_Sit-Up");
    }

    @Test
    void rejectsAMalformedFileNamingTheLineAndWritesNothing() {
        byte[] broken = """
                [
                  {"id": "Good_One", "name": "Good one", "level": "beginner", "category": "strength",
                   "equipment": "dumbbell", "mechanic": "compound", "force": "push",
                   "primaryMuscles": ["chest"], "secondaryMuscles": [], "instructions": [], "images": []},
                  {"id": "Bad_One", "name": "Bad one", "level": "godlike", "category": "strength",
                   "equipment": "hovercraft", "mechanic": null, "force": null,
                   "primaryMuscles": ["spleen"], "secondaryMuscles": [], "instructions": [], "images": []}
                ]""".getBytes(StandardCharsets.UTF_8);
        MvcTestResult result = importFile("free-exercise-db", false, broken);
        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("record 2 (line 5, id Bad_One)");
        assertThat(result).bodyJson().extractingPath("$.errors[*].message").asArray()
                .contains("level: unknown value 'godlike'", "equipment: unknown value 'hovercraft'",
                        "primaryMuscles: unknown value 'spleen'");
        assertThat(ownCount()).isZero();

        assertThat(importFile("free-exercise-db", false, "[{\"id\": \"x\",".getBytes(StandardCharsets.UTF_8)))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").asString().startsWith("line 1");
        assertThat(ownCount()).isZero();
    }

    @Test
    void exportsCsvThatImportsBackUnchanged() {
        mvc.post().uri("/api/v1/exercises").with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content("""
                {"name":"Farmer walk, heavy \\"test\\"","modality":"STRENGTH","pattern":"CARRY",
                 "primary":["FOREARMS","TRAPS"],"equipment":["DUMBBELL"],"level":"INTERMEDIATE","load":"EXTERNAL",
                 "tags":["GRIP_DEMAND"],"cues":["Tall, proud chest","Short quick steps","Breathe behind the brace"],
                 "setup":"Pick up two heavy dumbbells,\\nthen stand tall."}""").exchange();
        MvcTestResult export = mvc.get().uri("/api/v1/exercises/export?format=csv").with(bearer(token)).exchange();
        assertThat(export).hasStatusOk();
        byte[] csv = export.getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("id,name,aliases");

        var other = fixtures.studio("Csv Gym");
        String otherToken = fixtures.token(other.trainer());
        assertThat(mvc.post().uri("/api/v1/exercises/imports?format=csv").with(bearer(otherToken))
                .contentType(new MediaType("text", "csv")).content(csv)).hasStatusOk()
                .bodyJson().extractingPath("$.created").isEqualTo(1);
        assertThat(mvc.post().uri("/api/v1/exercises/imports?format=csv").with(bearer(otherToken))
                .contentType(new MediaType("text", "csv")).content(csv)).hasStatusOk()
                .bodyJson().extractingPath("$.unchanged").isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/exercises?q=farmer walk heavy").with(bearer(otherToken))).bodyJson()
                .extractingPath("$.items[0].setup").isEqualTo("Pick up two heavy dumbbells,\nthen stand tall.");
    }

    @Test
    void rejectsACsvWithUnknownValuesNamingTheLine() {
        String csv = "id,name,modality,pattern,primary,level,load\r\n"
                + "ok-one,Fine,STRENGTH,SQUAT,QUADS,BEGINNER,EXTERNAL\r\n"
                + "bad-one,Bad,STRENGTH,SQUAT,QUADS|ELBOWS,EXPERT,EXTERNAL\r\n";
        assertThat(mvc.post().uri("/api/v1/exercises/imports?format=csv").with(bearer(token))
                .contentType(new MediaType("text", "csv")).content(csv)).hasStatus(400).bodyJson()
                .extractingPath("$.errors[*].message").asArray()
                .contains("primary: unknown value 'ELBOWS'", "level: unknown value 'EXPERT'");
        assertThat(ownCount()).isZero();
    }

    @Test
    void previewsInTheBrowserBeforeApplying() throws IOException {
        byte[] file = """
                [{"id": "Web_Import", "name": "Web import press", "level": "beginner", "category": "strength",
                  "equipment": "machine", "mechanic": "compound", "force": "push", "primaryMuscles": ["chest"],
                  "secondaryMuscles": ["triceps"], "instructions": ["Sit", "Press"], "images": []}]
                """.getBytes(StandardCharsets.UTF_8);
        MockHttpSession session = new MockHttpSession();
        MvcTestResult preview = mvc.post().uri("/app/exercises/import").multipart()
                .file(new MockMultipartFile("file", "mine.json", "application/json", file))
                .param("format", "free-exercise-db").with(csrf()).with(as(studio.trainer())).session(session)
                .exchange();
        assertThat(preview).hasStatusOk().bodyText().contains("Check the import").contains("Web import press");
        assertThat(ownCount()).isZero();
        String html = preview.getResponse().getContentAsString();
        String tokenValue = html.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        assertThat(mvc.post().uri("/app/exercises/import/apply").param("token", tokenValue).with(csrf())
                .with(as(studio.trainer())).session(session)).hasStatusOk().bodyText().contains("Import done");
        assertThat(ownCount()).isEqualTo(1);
        assertThat(mvc.post().uri("/app/exercises/import/apply").param("token", tokenValue).with(csrf())
                .with(as(studio.trainer())).session(session)).hasStatus3xxRedirection();
        assertThat(ownCount()).isEqualTo(1);
    }

    private MvcTestResult importFile(String format, boolean dryRun, byte[] content) {
        return mvc.post().uri("/api/v1/exercises/imports?format=" + format + "&dryRun=" + dryRun)
                .with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(content).exchange();
    }

    private int ownCount() {
        return jdbc.sql("select count(*) from studio_exercise where studio_id = ?")
                .param(studio.owner().studioId().value()).query(Integer.class).single();
    }
}
