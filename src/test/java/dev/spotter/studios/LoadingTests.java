package dev.spotter.studios;

import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.spotter.support.Fixtures.as;
import static dev.spotter.support.Fixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** A studio's weights, which suggested loads round to: defaults by units, the owner's own, bad input refused. */
@IntegrationTest
class LoadingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StudioDirectory directory;

    @Test
    void aStudioStartsWithTheDefaultsForItsUnitsAndTheOwnerSetsItsOwn() {
        var studio = fixtures.studio("Plates Gym");
        String owner = fixtures.token(studio.owner());
        assertThat(mvc.get().uri("/api/v1/studio/loading").with(bearer(owner))).hasStatusOk().bodyJson()
                .extractingPath("$.custom").isEqualTo(false);
        assertThat(mvc.put().uri("/api/v1/studio/loading").with(bearer(owner)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"unit":"LB","bar":45,"plates":[45,25,10,5,2.5],"dumbbellLightest":5,"dumbbellStep":5,
                         "dumbbellHeaviest":120,"stackStep":10}""")).hasStatusOk();
        Loading saved = directory.loading(studio.owner().studioId());
        assertThat(saved.custom()).isTrue();
        assertThat(saved.platesText()).isEqualTo("45, 25, 10, 5, 2.5");
        assertThat(mvc.delete().uri("/api/v1/studio/loading").with(bearer(owner))).hasStatusOk();
        assertThat(directory.loading(studio.owner().studioId()).custom()).isFalse();
    }

    @Test
    void platesTooHeavyOrAMissingStepAreRefusedNamingEachFieldAndNothingChanges() {
        var studio = fixtures.studio("Heavy Plates Gym");
        String owner = fixtures.token(studio.owner());
        var refused = mvc.put().uri("/api/v1/studio/loading").with(bearer(owner))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"unit":"KG","bar":20,"plates":[80,20],"dumbbellLightest":2,"dumbbellHeaviest":40,
                         "stackStep":5}""").exchange();
        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyText().contains("plates", "dumbbellStep");
        assertThat(directory.loading(studio.owner().studioId()).custom()).isFalse();
    }

    @Test
    void onlyTheOwnerChangesTheWeights() {
        var studio = fixtures.studio("Trainer Plates Gym");
        assertThat(mvc.put().uri("/api/v1/studio/loading").with(bearer(fixtures.token(studio.trainer())))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"unit":"KG","bar":20,"plates":[20],"dumbbellLightest":2,"dumbbellStep":2,
                         "dumbbellHeaviest":40,"stackStep":5}""")).hasStatus(403);
    }

    @Test
    void theSettingsPageShowsAWrongValueNextToItsField() {
        var studio = fixtures.studio("Form Plates Gym");
        assertThat(mvc.post().uri("/app/settings/loading").with(as(studio.owner())).with(csrf())
                .param("unit", "KG").param("bar", "20").param("plates", "25, 20, heavy")
                .param("dumbbellLightest", "2").param("dumbbellStep", "2").param("dumbbellHeaviest", "40")
                .param("stackStep", "5"))
                .hasStatusOk().bodyText().contains("must be a number, such as 2.5", "25, 20, heavy");
        assertThat(mvc.post().uri("/app/settings/loading").with(as(studio.owner())).with(csrf())
                .param("unit", "KG").param("bar", "20").param("plates", "25, 20, 10, 5, 2.5")
                .param("dumbbellLightest", "2").param("dumbbellStep", "2").param("dumbbellHeaviest", "40")
                .param("stackStep", "5")).hasRedirectedUrl("/app/settings#weights");
        assertThat(directory.loading(studio.owner().studioId()).custom()).isTrue();
    }
}
