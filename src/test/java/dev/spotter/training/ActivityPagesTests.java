package dev.spotter.training;

import java.util.UUID;
import java.util.function.Supplier;

import com.garmin.fit.File;
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
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.science.activity.SampleActivityFiles.POINTS;
import static dev.spotter.science.activity.SampleActivityFiles.fit;
import static dev.spotter.science.activity.SampleActivityFiles.gpx;
import static dev.spotter.science.activity.SampleActivityFiles.gpxPoints;
import static dev.spotter.science.activity.SampleActivityFiles.tcx;
import static dev.spotter.science.activity.SampleActivityFiles.utf8;
import static dev.spotter.support.Fixtures.as;
import static dev.spotter.training.TrainingWorld.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The portal's "Import from a watch or app" pages and the coach's list of a client's imported sessions. The sample
 * run (SampleActivityFiles) lasts 10 minutes over 6 km; for this client its TRIMP is 22.2 (ActivityApiTests).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({Fixtures.class, QueryCounter.class})
class ActivityPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClientDirectory directory;

    TrainingWorld world;
    SpotterPrincipal client;

    @BeforeEach
    void world() {
        world = new TrainingWorld(mvc, jdbc, directory, fixtures, "Activity Pages Gym", 4);
        client = world.studio.client();
    }

    @Test
    void eachFormatImportedThroughTheFormShowsItsSummary() {
        String gpx = importedPage("run.gpx", utf8(gpx(gpxPoints(0, POINTS, 0, 0))), "");
        assertThat(gpx).contains("Running · 6.00 km").contains("10:00").contains("1:40 /km").contains(">150<")
                .contains(">180<").contains("22.2").contains("class=\"zone-bar\"").contains("from 172 bpm")
                .contains("run.gpx, GPX").doesNotContain("Time in zones");

        String tcx = importedPage("run.tcx", utf8(tcx(1)), "");
        assertThat(tcx).contains("Running · 6.00 km").contains("9:50").contains("1:38 /km").contains("22.2");

        String fit = importedPage("run.fit", fit(File.ACTIVITY, true, 0), "");
        assertThat(fit).contains("Running · 6.00 km").contains("10:00").contains("run.fit, FIT");

        assertThat(page("/portal/activities")).contains("Your imported sessions (3)");
    }

    @Test
    void importingTheSameFileAgainShowsTheFirstImport() {
        byte[] run = fit(File.ACTIVITY, true, 0);
        MvcTestResult first = post("run.fit", run, "");
        MvcTestResult again = post("run-again.fit", run, "");

        assertThat(again).hasStatus3xxRedirection().hasRedirectedUrl(first.getResponse().getRedirectedUrl());
        assertThat(((Flash) again.getMvcResult().getFlashMap().get("flash")).message())
                .isEqualTo("You imported this file before; here is that session.");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aRefusedFileIsShownNextToTheFileFieldAndNothingIsWritten() {
        MvcTestResult refused = post("notes.gpx", utf8("<gpx><trk><trkseg>"), "");

        assertThat(refused).hasStatusOk();
        assertThat(body(refused)).contains("id=\"file-error\"")
                .contains("The file was not imported: the file is not well-formed XML (line 1).")
                .contains("aria-invalid=\"true\"");
        assertThat(count()).isZero();
    }

    @Test
    void aCardioExerciseOnTodayLinksToTheImportWithItsSlotChosen() {
        assertThat(page("/portal/today")).doesNotContain("Import from a file");
        mvc.post().uri("/portal/today/start").with(csrf()).with(as(client)).exchange();
        String workout = JsonPath.read(world.today(world.client), "$.workout.id");
        String link = "/portal/activities?workoutId=" + workout + "&amp;slot=cardio";

        assertThat(page("/portal/today")).contains("href=\"" + link + "\"").contains("Import from a file");
        assertThat(page(link.replace("&amp;", "&")))
                .contains("<option value=\"" + workout + ":cardio\" selected=\"selected\">");

        MvcTestResult imported = post("run.fit", fit(File.ACTIVITY, true, 0), workout + ":cardio");
        assertThat(((Flash) imported.getMvcResult().getFlashMap().get("flash")).message())
                .startsWith("Imported: Running, 6.00 km in 10:00, logged as set 1 of ");
        assertThat(page("/portal/today")).contains("10 min · 6.005 km · 150 bpm");
    }

    @Test
    void theClientDeletesTheirImport() {
        String location = post("run.fit", fit(File.ACTIVITY, true, 0), "").getResponse().getRedirectedUrl();

        assertThat(mvc.post().uri(location + "/delete").with(csrf()).with(as(client)))
                .hasStatus3xxRedirection().hasRedirectedUrl("/portal/activities");
        assertThat(count()).isZero();
        assertThat(mvc.get().uri(location).with(as(client))).hasStatus(404);
    }

    @Test
    void theCoachSeesTheClientsImportsAndAnotherStudioDoesNot() {
        post("run.gpx", utf8(gpx(gpxPoints(0, POINTS, 0, 0))), "");
        String training = "/app/clients/" + world.clientId + "/training";
        String activities = "/app/clients/" + world.clientId + "/activities";

        assertThat(page(world.studio.trainer(), training)).contains("hx-get=\"" + activities + "\"");
        MvcTestResult card = mvc.get().uri(activities).header("HX-Request", "true").with(as(world.studio.trainer()))
                .exchange();
        assertThat(body(card)).startsWith("<section class=\"card\" id=\"activities\">")
                .contains("All activities (1)").contains("Running · 6.00 km").contains("TRIMP 22.2");
        assertThat(page(world.studio.trainer(), activities)).contains("Cara Client’s imported activities")
                .contains("Extra session").contains("<summary>Time in zones</summary>").contains("from 172 bpm");

        SpotterPrincipal stranger = fixtures.studio("Elsewhere Pages Gym").trainer();
        assertThat(mvc.get().uri(activities).with(as(stranger))).hasStatus(404);
        String id = jdbc.sql("select activity_id from activity where client_id = ?").param(world.clientId)
                .query(UUID.class).single().toString();
        assertThat(mvc.get().uri("/portal/activities/{id}", id).with(as(fixtures.studio("Other Portal Gym")
                .client()))).hasStatus(404);
    }

    @Test
    void theImportPageMakesTheSameQueriesHoweverManySessionsItLists() {
        post("run.fit", fit(File.ACTIVITY, true, 0), "");
        int one = queries(() -> page("/portal/activities"));
        post("run.gpx", utf8(gpx(gpxPoints(0, POINTS, 0, 0))), "");
        post("run.tcx", utf8(tcx(1)), "");
        world.start(world.client);

        assertThat(queries(() -> page("/portal/activities"))).isEqualTo(one);
        assertThat(queries(() -> page(world.studio.trainer(), "/app/clients/" + world.clientId + "/activities")))
                .isEqualTo(queries(() -> page(world.studio.trainer(), "/app/clients/" + world.clientId
                        + "/activities?page=1")));
    }

    private String importedPage(String name, byte[] content, String attach) {
        MvcTestResult result = post(name, content, attach);
        assertThat(result).hasStatus3xxRedirection();
        return page(result.getResponse().getRedirectedUrl());
    }

    private MvcTestResult post(String name, byte[] content, String attach) {
        return mvc.post().uri("/portal/activities").with(csrf()).with(as(client)).multipart()
                .part(new MockPart("file", name, content)).param("attach", attach).exchange();
    }

    private String page(String uri) {
        return page(client, uri);
    }

    private String page(SpotterPrincipal who, String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(who)).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private int count() {
        return jdbc.sql("select count(*) from activity where client_id = ?").param(world.clientId)
                .query(Integer.class).single();
    }

    private static int queries(Supplier<String> request) {
        QueryCounter.reset();
        request.get();
        assertThat(QueryCounter.count()).as("the counter sees the queries").isPositive();
        return QueryCounter.count();
    }
}
