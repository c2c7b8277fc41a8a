package dev.spotter.training;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.web.Flash;
import dev.spotter.support.Fixtures;
import dev.spotter.support.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.support.Fixtures.as;
import static dev.spotter.training.TrainingWorld.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The client's Today screen: plain forms that work without JavaScript, background sets, and constant queries. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({Fixtures.class, QueryCounter.class})
class TodayScreenTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClientDirectory directory;

    TrainingWorld world;
    SpotterPrincipal sam;

    @BeforeEach
    void world() {
        world = new TrainingWorld(mvc, jdbc, directory, fixtures, "Today Gym", 4);
        sam = world.studio.client();
    }

    @Test
    void todayShowsTheNextSessionAndTheNavigationLinksToIt() {
        String page = page();
        assertThat(page).contains("Week 1 · Session 1 of").contains("Start session").contains("href=\"/portal/today\"")
                .contains(JsonPath.<String>read(world.today(world.client), "$.session.name"));
    }

    @Test
    void aSetPostedTwiceWithoutJavaScriptIsLoggedOnce() {
        assertThat(mvc.post().uri("/portal/today/start").with(csrf()).with(as(sam)))
                .hasStatus3xxRedirection().hasRedirectedUrl("/portal/today");
        String workout = JsonPath.read(world.today(world.client), "$.workout.id");
        String slot = strengthSlot();
        assertThat(page()).contains("name=\"setId\"").contains("Finish the session").contains("data-rest-timer");
        UUID setId = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.post().uri("/portal/today/sets").with(csrf()).with(as(sam)).param("workoutId", workout)
                    .param("setId", setId.toString()).param("slot", slot).param("setNumber", "1")
                    .param("reps", "10").param("loadKg", "40").param("rpe", "8"))
                    .hasStatus3xxRedirection().hasRedirectedUrl("/portal/today#" + slot);
        }
        assertThat(jdbc.sql("select count(*) from logged_set where workout_id = ?::uuid").param(workout)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(page()).contains("10 x 40 kg · RPE 8");
    }

    @Test
    void aRefusedValueIsShownNextToItsSet() {
        mvc.post().uri("/portal/today/start").with(csrf()).with(as(sam)).exchange();
        String workout = JsonPath.read(world.today(world.client), "$.workout.id");
        String slot = strengthSlot();
        MvcTestResult refused = mvc.post().uri("/portal/today/sets").with(csrf()).with(as(sam))
                .param("workoutId", workout).param("setId", UUID.randomUUID().toString()).param("slot", slot)
                .param("setNumber", "1").param("reps", "10").param("rpe", "11").exchange();
        assertThat(refused).hasStatus3xxRedirection().flash().containsKey("setError");
        assertThat(((Flash) refused.getMvcResult().getFlashMap().get("flash")).message())
                .isEqualTo("Set not logged: RPE must be between 1 and 10.");

        MvcTestResult background = mvc.post().uri("/portal/today/sets").with(csrf()).with(as(sam))
                .header("X-Spotter-Background", "true").param("workoutId", workout)
                .param("setId", UUID.randomUUID().toString()).param("slot", slot).param("setNumber", "1")
                .param("reps", "101").exchange();
        assertThat(background).hasStatus(400);
        assertThat((String) JsonPath.read(body(background), "$.field")).isEqualTo("reps");
        assertThat((String) JsonPath.read(body(background), "$.message")).isEqualTo("Reps must be between 0 and 100");
        assertThat(jdbc.sql("select count(*) from logged_set where workout_id = ?::uuid").param(workout)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSetSentInTheBackgroundAgainAfterAPoorConnectionIsStoredOnce() {
        mvc.post().uri("/portal/today/start").with(csrf()).with(as(sam)).exchange();
        String workout = JsonPath.read(world.today(world.client), "$.workout.id");
        String slot = strengthSlot();
        String setId = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            assertThat(mvc.post().uri("/portal/today/sets").with(csrf()).with(as(sam))
                    .header("X-Spotter-Background", "true").param("workoutId", workout).param("setId", setId)
                    .param("slot", slot).param("setNumber", "2").param("reps", "8").param("loadKg", "42.5"))
                    .hasStatus(204);
        }
        assertThat(jdbc.sql("select count(*) from logged_set where workout_id = ?::uuid").param(workout)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void finishingWithSessionRpeMovesTodayToTheNextSession() {
        mvc.post().uri("/portal/today/start").with(csrf()).with(as(sam)).exchange();
        String workout = JsonPath.read(world.today(world.client), "$.workout.id");
        MvcTestResult missing = mvc.post().uri("/portal/today/finish").with(csrf()).with(as(sam))
                .param("workoutId", workout).param("minutes", "40").exchange();
        assertThat(((Flash) missing.getMvcResult().getFlashMap().get("flash")).message())
                .startsWith("Not finished yet: Session RPE is required");

        MvcTestResult finished = mvc.post().uri("/portal/today/finish").with(csrf()).with(as(sam))
                .param("workoutId", workout).param("sessionRpe", "7").param("minutes", "40")
                .param("notes", "Felt strong").exchange();
        assertThat(finished).hasStatus3xxRedirection().hasRedirectedUrl("/portal/today");
        assertThat(((Flash) finished.getMvcResult().getFlashMap().get("flash")).message()).contains("40 min, RPE 7");
        assertThat(page()).contains("Week 1 · Session 2 of").contains("Start session");
    }

    @Test
    void theTodayPageMakesTheSameQueriesHoweverMuchWasLogged() {
        String first = world.start(world.client);
        world.finish(world.client, first, "{\"sessionRpe\":5}");
        world.start(world.client);
        int quiet = queries(this::page);

        TrainingWorld busy = new TrainingWorld(mvc, jdbc, directory, fixtures, "Busy Today Gym", 8);
        for (int session = 0; session < 3; session++) {
            String workout = busy.start(busy.client);
            String slot = JsonPath.<List<String>>read(busy.today(busy.client),
                    "$.session.blocks[?(@.kind == 'STRENGTH')].items[0].slot").get(0);
            for (int set = 1; set <= 2; set++) {
                busy.logSet(busy.client, workout, """
                        {"setId":"%s","slot":"%s","setNumber":%d,"reps":10,"loadKg":40}"""
                        .formatted(UUID.randomUUID(), slot, set));
            }
            busy.finish(busy.client, workout, "{\"sessionRpe\":6}");
        }
        busy.start(busy.client);
        SpotterPrincipal other = busy.studio.client();
        assertThat(queries(() -> body(mvc.get().uri("/portal/today").with(as(other)).exchange())))
                .isEqualTo(quiet);
    }

    private String strengthSlot() {
        return JsonPath.<List<String>>read(world.today(world.client),
                "$.session.blocks[?(@.kind == 'STRENGTH')].items[0].slot").get(0);
    }

    private String page() {
        MvcTestResult result = mvc.get().uri("/portal/today").with(as(sam)).exchange();
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
