package dev.spotter.programs;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The trainer's pages: generating from a client's file, the builder and its htmx edits, publishing. */
@IntegrationTest
class ProgramBuilderTests {

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
        world = new ProgramWorld(mvc, jdbc, directory, fixtures, "Builder Gym");
    }

    @Test
    void theClientFileOffersToGenerateWithTheSuggestedKindOfProgram() {
        assertThat(mvc.get().uri("/app/clients/{id}", world.client).with(as(world.studio.trainer()))).hasStatusOk()
                .bodyText().contains("Programs").contains("Generate a program").contains("Strength (suggested)")
                .contains("No program yet");

        MvcTestResult generated = mvc.post().uri("/app/clients/{id}/programs", world.client).with(csrf())
                .with(as(world.studio.trainer())).param("specialisation", "STRENGTH").param("weeks", "4").exchange();
        assertThat(generated).hasStatus3xxRedirection();
        String location = generated.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/app/programs/");
        assertThat(mvc.get().uri("/app/clients/{id}", world.client).with(as(world.studio.trainer()))).bodyText()
                .contains(location).contains("Draft");

        assertThat(mvc.post().uri("/app/clients/{id}/programs", world.client).with(csrf())
                .with(as(world.studio.trainer())).param("specialisation", "STRENGTH").param("weeks", "40"))
                .hasStatusOk().bodyText().contains("Must be between 4 and 16.");
    }

    @Test
    void aRefusedGenerationShowsWhatIsMissingAndWhereToFixIt() {
        var newcomer = world.anotherClient(fixtures, "Nina Newcomer");
        var id = world.clientOf(newcomer);
        assertThat(mvc.post().uri("/app/clients/{id}/programs", id).with(csrf()).with(as(world.studio.trainer()))
                .param("weeks", "12")).hasStatusOk().bodyText()
                .contains("Spotter cannot write a safe program for Nina Newcomer yet").contains("Nothing was saved")
                .contains("Date of birth").contains("/app/clients/" + id + "/profile");

        directory.screen(world.studio.trainer(), id, new ClientDirectory.ScreeningAnswers(
                Map.of(1, false, 2, true, 3, false, 4, false, 5, false, 6, false, 7, false),
                Map.of(2, true), null, true, false, true), true);
        assertThat(mvc.post().uri("/app/clients/{id}/programs", id).with(csrf()).with(as(world.studio.trainer()))
                .param("weeks", "12")).hasStatusOk().bodyText()
                .contains("Spotter cannot write a safe program")
                .contains("Screening recommends medical clearance before this client");
        assertThat(jdbc.sql("select count(*) from program where client_id = ?").param(id).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void theBuilderShowsTheWeekTheCheckerAndWhyEachExerciseIsThere() {
        String id = world.generate(world.client, 4);
        assertThat(mvc.get().uri("/app/programs/{id}", id).with(as(world.studio.trainer()))).hasStatusOk()
                .bodyText().contains("Checker").contains("Week 1").contains("About ").contains("Why?")
                .contains(">Swap</a>").contains("+ Add exercise").contains("Publish").contains("Versions")
                .contains("Generated for Cara Client").contains("/app/programs/" + id + "/print");

        MvcTestResult week = mvc.get().uri("/app/programs/{id}?week=3", id).header("HX-Request", "true")
                .with(as(world.studio.trainer())).exchange();
        assertThat(week).hasStatusOk().bodyText().contains("id=\"week\"").contains("Week 3")
                .doesNotContain("<html");
        assertThat(mvc.get().uri("/app/programs").with(as(world.studio.trainer()))).hasStatusOk().bodyText()
                .contains("/app/programs/" + id).contains("Cara Client");
    }

    @Test
    void anHtmxSwapAnswersWithTheWeekAndRefreshesTheCheckerOutOfBand() {
        String id = world.generate(world.client, 4);
        String slot = world.firstSlot(id);
        String replacement = world.alternativeFor(id, slot);

        assertThat(mvc.get().uri("/app/programs/{id}/alternatives?session=1&slot={slot}&week=1&version=1", id, slot)
                .header("HX-Request", "true").with(as(world.studio.trainer()))).hasStatusOk().bodyText()
                .contains("Instead of").contains(replacement).contains(">Use</button>");

        MvcTestResult swapped = mvc.post().uri("/app/programs/{id}/swap", id).with(csrf())
                .with(as(world.studio.trainer())).header("HX-Request", "true").param("version", "1")
                .param("session", "1").param("slot", slot).param("exercise", replacement).param("week", "1")
                .exchange();
        assertThat(swapped).hasStatusOk().bodyText().contains("id=\"week\"")
                .contains("id=\"checker\"").contains("hx-swap-oob=\"true\"").contains("Saved as version 2.")
                .contains("Swapped by Terry Trainer");
        assertThat(world.version(id)).isEqualTo(2);

        MvcTestResult stale = mvc.post().uri("/app/programs/{id}/remove", id).with(csrf())
                .with(as(world.studio.trainer())).header("HX-Request", "true").param("version", "1")
                .param("session", "1").param("slot", slot).param("week", "1").exchange();
        assertThat(stale).hasStatusOk().hasHeader("HX-Reswap", "none").bodyText()
                .contains("was changed after you opened it").contains("Reload");
        assertThat(world.version(id)).isEqualTo(2);

        assertThat(mvc.post().uri("/app/programs/{id}/remove", id).with(csrf()).with(as(world.studio.trainer()))
                .param("version", "1").param("session", "1").param("slot", slot).param("week", "1"))
                .hasStatus3xxRedirection().flash().containsKey("flash");
    }

    @Test
    void theDoseFormPutsEachProblemNextToItsField() {
        String id = world.generate(world.client, 4);
        String slot = world.firstSlot(id);
        assertThat(mvc.get().uri("/app/programs/{id}/dose?week=1&session=1&slot={slot}&version=1", id, slot)
                .header("HX-Request", "true").with(as(world.studio.trainer()))).hasStatusOk().bodyText()
                .contains("Save dose").contains("name=\"sets\"");

        MvcTestResult invalid = mvc.post().uri("/app/programs/{id}/dose", id).with(csrf())
                .with(as(world.studio.trainer())).header("HX-Request", "true").param("version", "1")
                .param("week", "1").param("session", "1").param("slot", slot).param("sets", "three")
                .param("measure", "reps").param("repsLow", "8").param("repsHigh", "6").param("loadKind", "RIR")
                .param("loadLow", "2").param("restSeconds", "60").exchange();
        assertThat(invalid).hasStatusOk().bodyText().contains("Must be a whole number.").contains("aria-invalid");
        MvcTestResult inverted = mvc.post().uri("/app/programs/{id}/dose", id).with(csrf())
                .with(as(world.studio.trainer())).header("HX-Request", "true").param("version", "1")
                .param("week", "1").param("session", "1").param("slot", slot).param("sets", "3")
                .param("measure", "reps").param("repsLow", "8").param("repsHigh", "6").param("loadKind", "RIR")
                .param("loadLow", "2").param("restSeconds", "60").exchange();
        assertThat(inverted).hasStatusOk().bodyText().contains("Must be at least the low end.");
        assertThat(world.version(id)).isEqualTo(1);

        MvcTestResult saved = mvc.post().uri("/app/programs/{id}/dose", id).with(csrf())
                .with(as(world.studio.trainer())).header("HX-Request", "true").param("version", "1")
                .param("week", "1").param("session", "1").param("slot", slot).param("sets", "4")
                .param("measure", "reps").param("repsLow", "5").param("repsHigh", "5").param("loadKind", "RPE")
                .param("loadLow", "18").param("loadHigh", "19").param("restSeconds", "120")
                .param("notes", "Belt on for the last set").exchange();
        assertThat(saved).hasStatusOk().hasHeader("HX-Retarget", "#week").bodyText()
                .contains("Saved as version 2.").contains("Belt on for the last set").contains("rx-error")
                .contains("finding-error");
    }

    @Test
    void publishingWithErrorsOnThePageNeedsAReason() {
        String id = world.generate(world.client, 4);
        assertThat(world.tooHard(id, 1, world.firstSlot(id))).hasStatusOk();
        assertThat(mvc.get().uri("/app/programs/{id}", id).with(as(world.studio.trainer()))).bodyText()
                .contains("Publish despite errors").contains("Why is it safe to publish anyway?");

        assertThat(mvc.post().uri("/app/programs/{id}/publish", id).with(csrf()).with(as(world.studio.trainer()))
                .param("version", "2").param("overrideReason", "ok")).hasStatusOk().bodyText()
                .contains("say why it is safe to publish anyway");
        assertThat(mvc.post().uri("/app/programs/{id}/publish", id).with(csrf()).with(as(world.studio.trainer()))
                .param("version", "2").param("overrideReason", "Tested singles with her coach present."))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/app/programs/{id}", id).with(as(world.studio.trainer()))).bodyText()
                .contains("Published despite the checker’s errors: Tested singles with her coach present.")
                .contains("Cara Client sees version 2 in their portal");
        assertThat(mvc.get().uri("/portal/program").with(as(world.studio.client()))).hasStatusOk().bodyText()
                .contains("Week 1 of 4").contains("This week");
    }

    @Test
    void theExerciseSearchForABlockOffersOnlyWhatSuitsTheClient() {
        String id = world.generate(world.client, 4);
        MvcTestResult panel = mvc.get().uri("/app/programs/{id}/add?session=1&block=STRENGTH&week=1&version=1", id)
                .header("HX-Request", "true").with(as(world.studio.trainer())).exchange();
        assertThat(panel).hasStatusOk().bodyText().contains("Find an exercise").contains(">Add</button>");
        MvcTestResult found = mvc.get()
                .uri("/app/programs/{id}/add?session=1&block=STRENGTH&week=1&version=1&q=goblet&results=true", id)
                .header("HX-Request", "true").with(as(world.studio.trainer())).exchange();
        assertThat(found).hasStatusOk().bodyText().contains("Goblet squat").doesNotContain("Find an exercise");

        MvcTestResult added = mvc.post().uri("/app/programs/{id}/add", id).with(csrf())
                .with(as(world.studio.trainer())).header("HX-Request", "true").param("version", "1")
                .param("session", "1").param("block", "BALANCE").param("exercise", "single-leg-stance")
                .param("week", "1").exchange();
        assertThat(added).hasStatusOk().bodyText().contains("Saved as version 2.");
        List<String> balance = JsonPath.read(world.program(id),
                "$.body.phases[*].weeks[*].sessions[0].blocks[?(@.kind == 'BALANCE')].items[*].exerciseId");
        assertThat(balance).isNotEmpty().containsOnly("single-leg-stance");
    }
}
