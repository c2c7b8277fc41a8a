package dev.spotter.exercises;

import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.support.Fixtures.as;
import static dev.spotter.support.Fixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The library through the web and the API: search, detail, alternatives, custom exercises and overrides. */
@IntegrationTest
class ExerciseLibraryTests {

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
        studio = fixtures.studio("Library Gym");
        token = fixtures.token(studio.trainer());
    }

    @Test
    void loadsTheBuiltInLibraryIntoTheCatalogue() {
        assertThat(jdbc.sql("select count(*) from exercise").query(Integer.class).single())
                .isEqualTo(Library.builtIn().size());
    }

    @Test
    void findsExercisesAsYouTypeAndDespiteTypos() {
        assertThat(mvc.get().uri("/api/v1/exercises?q=gobl").with(bearer(token))).hasStatusOk().bodyJson()
                .extractingPath("$.items[0].id").isEqualTo("goblet-squat");
        assertThat(mvc.get().uri("/api/v1/exercises?q=goblit squat").with(bearer(token))).hasStatusOk()
                .bodyJson().extractingPath("$.items[*].id").asArray().contains("goblet-squat");
        assertThat(mvc.get().uri("/api/v1/exercises?q=hamstring&modality=MOBILITY").with(bearer(token)))
                .hasStatusOk().bodyJson().extractingPath("$.items[*].modality").asArray()
                .isNotEmpty().containsOnly("MOBILITY");
    }

    @Test
    void filtersByPatternEquipmentLevelAndExcludedTags() {
        MvcTestResult result = mvc.get().uri("/api/v1/exercises?pattern=SQUAT&available=CHAIR&level=BEGINNER"
                + "&excludeTags=LOADED_DEEP_KNEE_FLEXION&size=100").with(bearer(token)).exchange();
        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.items[*].pattern").asArray()
                .isNotEmpty().containsOnly("SQUAT");
        assertThat(result).bodyJson().extractingPath("$.items[*].tags[*]").asArray()
                .doesNotContain("LOADED_DEEP_KNEE_FLEXION");
        assertThat(result).bodyJson().extractingPath("$.items[*].equipment[*]").asArray()
                .containsAnyOf("CHAIR", "NONE").doesNotContain("BARBELL", "DUMBBELL");
        assertThat(mvc.get().uri("/api/v1/exercises?pattern=SIDEWAYS").with(bearer(token))).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("pattern");
    }

    @Test
    void offersSafeAlternativesWithReasons() {
        assertThat(mvc.get().uri("/api/v1/exercises/push-up/alternatives?excludeTags=LOADED_WRIST_EXTENSION")
                .with(bearer(token))).hasStatusOk().bodyJson()
                .extractingPath("$.alternatives[0].reason").asString().contains("avoids loaded wrist extension");
        assertThat(mvc.get().uri("/app/exercises/push-up/alternatives?avoid=LOADED_WRIST_EXTENSION")
                .with(as(studio.trainer()))).hasStatusOk().bodyText()
                .doesNotContain("<html").contains("avoids loaded wrist extension", "Keeps horizontal push");
    }

    @Test
    void editingABuiltInMakesAStudioVersionAndLeavesTheCatalogueAlone() {
        String body = """
                {"name":"Goblet squat to a box","summary":"Goblet squat to a box for control.","modality":"STRENGTH",
                 "pattern":"SQUAT","primary":["QUADS","GLUTES"],"equipment":["DUMBBELL","STEP"],"level":"BEGINNER",
                 "load":"EXTERNAL","tags":["DEEP_HIP_FLEXION"],"setup":"Stand in front of a box.",
                 "cues":["Sit back to the box","Stand tall","Knees out"],"mistakes":["Dropping onto the box"],
                 "breathing":"In down, out up.","safety":"Use a box at knee height.","regressions":["box-squat"]}""";
        assertThat(mvc.put().uri("/api/v1/exercises/goblet-squat").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatusOk().bodyJson()
                .extractingPath("$.origin").isEqualTo("OVERRIDE");
        assertThat(mvc.get().uri("/api/v1/exercises/goblet-squat").with(bearer(token))).bodyJson()
                .extractingPath("$.name").isEqualTo("Goblet squat to a box");
        assertThat(jdbc.sql("select name from exercise where exercise_id = 'goblet-squat'").query(String.class)
                .single()).isEqualTo(Library.byId("goblet-squat").name());

        var other = fixtures.studio("Other Library Gym");
        assertThat(mvc.get().uri("/api/v1/exercises/goblet-squat").with(bearer(fixtures.token(other.trainer()))))
                .bodyJson().extractingPath("$.name").isEqualTo(Library.byId("goblet-squat").name());

        assertThat(mvc.delete().uri("/api/v1/exercises/goblet-squat").with(bearer(token))).hasStatus(204);
        assertThat(mvc.get().uri("/api/v1/exercises/goblet-squat").with(bearer(token))).bodyJson()
                .extractingPath("$.origin").isEqualTo("BUILT_IN");
        assertThat(mvc.delete().uri("/api/v1/exercises/goblet-squat").with(bearer(token))).hasStatus(409);
    }

    @Test
    void createsCustomExercisesThatOtherStudiosCannotSee() {
        MvcTestResult created = mvc.post().uri("/api/v1/exercises").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Sandbag shouldering","modality":"STRENGTH","pattern":"FULL_BODY",
                         "primary":["GLUTES","UPPER_BACK"],"equipment":["NONE"],"level":"INTERMEDIATE",
                         "load":"EXTERNAL","tags":["LOADED_SPINAL_FLEXION"]}""").exchange();
        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.origin").isEqualTo("CUSTOM");
        String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsByteArray().length > 0
                ? new String(created.getResponse().getContentAsByteArray()) : "{}", "$.id");
        assertThat(id).startsWith("sandbag-shouldering-");

        assertThat(mvc.get().uri("/api/v1/exercises?q=sandbag").with(bearer(token))).bodyJson()
                .extractingPath("$.totalItems").isEqualTo(1);
        var other = fixtures.studio("Nosy Gym");
        String otherToken = fixtures.token(other.trainer());
        assertThat(mvc.get().uri("/api/v1/exercises/" + id).with(bearer(otherToken))).hasStatus(404);
        assertThat(mvc.put().uri("/api/v1/exercises/" + id).with(bearer(otherToken))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(404);
        assertThat(mvc.delete().uri("/api/v1/exercises/" + id).with(bearer(otherToken))).hasStatus(404);
        assertThat(mvc.get().uri("/app/exercises/" + id).with(as(other.trainer()))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/exercises?q=sandbag").with(bearer(otherToken))).bodyJson()
                .extractingPath("$.totalItems").isEqualTo(0);
    }

    @Test
    void reportsEveryInvalidFieldIncludingUnknownValues() {
        assertThat(mvc.post().uri("/api/v1/exercises").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name":"","modality":"ZUMBA","pattern":"SQUAT","primary":["QUADS","KNEES"],
                         "level":"BEGINNER","load":"EXTERNAL","regressions":["no-such-exercise"]}"""))
                .hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("name", "modality", "primary");
        assertThat(mvc.post().uri("/api/v1/exercises").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name":"Linked","modality":"STRENGTH","pattern":"SQUAT","primary":["QUADS"],
                         "level":"BEGINNER","load":"EXTERNAL","regressions":["no-such-exercise"]}"""))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("regressions");
        assertThat(jdbc.sql("select count(*) from studio_exercise where studio_id = ?")
                .param(studio.owner().studioId().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void clientsReadButDoNotWriteTheLibrary() {
        String clientToken = fixtures.token(studio.client());
        assertThat(mvc.get().uri("/api/v1/exercises/push-up").with(bearer(clientToken))).hasStatusOk();
        assertThat(mvc.delete().uri("/api/v1/exercises/push-up").with(bearer(clientToken))).hasStatus(403);
        assertThat(mvc.get().uri("/app/exercises").with(as(studio.client()))).hasStatus(403);
    }

    @Test
    void showsTheLibraryAndADetailPageWithItsLadder() {
        assertThat(mvc.get().uri("/app/exercises").with(as(studio.trainer()))).hasStatusOk().bodyText()
                .contains("Exercise library").contains("class=\"exercise-card\"");
        assertThat(mvc.get().uri("/app/exercises?q=gobl").header("HX-Request", "true").with(as(studio.trainer())))
                .hasStatusOk().bodyText().doesNotContain("<html").contains("Goblet squat");
        assertThat(mvc.get().uri("/app/exercises/goblet-squat").with(as(studio.trainer()))).hasStatusOk()
                .bodyText().contains("Cues").contains("Common mistakes").contains("Easier and harder")
                .contains("Safe alternatives");
    }

    @Test
    void pagesThroughResultsKeepingTheFilters() {
        assertThat(mvc.get().uri("/app/exercises?modality=MOBILITY").with(as(studio.trainer()))).hasStatusOk()
                .bodyText().contains("modality=MOBILITY").contains("page=1\">Next</a>").doesNotContain(">Previous<");
        assertThat(mvc.get().uri("/app/exercises?modality=MOBILITY&page=1").with(as(studio.trainer())))
                .hasStatusOk().bodyText().contains("page=0\">Previous</a>");
        assertThat(mvc.get().uri("/app/audit?page=0").with(as(studio.owner()))).hasStatusOk().bodyText()
                .doesNotContain(">Older<");
    }

    @Test
    void theEditorShowsProblemsNextToTheFields() {
        assertThat(mvc.post().uri("/app/exercises").with(csrf()).with(as(studio.trainer()))
                .param("name", "").param("modality", "STRENGTH").param("pattern", "SQUAT")
                .param("level", "BEGINNER").param("load", "EXTERNAL"))
                .hasStatusOk().bodyText().contains("Is required.").contains("Name at least one muscle");
        MvcTestResult saved = mvc.post().uri("/app/exercises").with(csrf()).with(as(studio.trainer()))
                .param("name", "Towel row").param("modality", "STRENGTH").param("pattern", "HORIZONTAL_PULL")
                .param("primary", "UPPER_BACK").param("equipment", "NONE").param("level", "BEGINNER")
                .param("load", "BODYWEIGHT").param("cues", "Grip the towel\nLean back\nPull elbows past ribs")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/app/exercises/towel-row-");
    }
}
