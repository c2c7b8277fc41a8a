package dev.spotter.programs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.Goal;
import dev.spotter.programs.internal.BuiltInTemplates;
import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.programs.ProgramWorld.body;
import static dev.spotter.support.Fixtures.as;
import static dev.spotter.support.Fixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Studio templates and Spotter's built-in ones, and applying either to a client with a check against them. */
@IntegrationTest
class ProgramTemplatesTests {

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
        world = new ProgramWorld(mvc, jdbc, directory, fixtures, "Templates Gym");
    }

    @Test
    void aTemplateAppliedToAnotherClientIsCheckedAgainstThatClient() {
        String program = world.generate(world.client, 4);
        MvcTestResult saved = world.post("/api/v1/programs/" + program + "/template",
                "{\"title\":\"Four-week strength block\"}");
        assertThat(saved).hasStatus(201);
        String template = JsonPath.read(body(saved), "$.program.id");
        assertThat((String) JsonPath.read(body(saved), "$.program.kind")).isEqualTo("TEMPLATE");
        assertThat(JsonPath.<Map<String, Object>>read(body(saved), "$.program")).doesNotContainKey("clientId");
        assertThat((String) JsonPath.read(body(saved), "$.program.builtFrom")).isEqualTo(program);

        // A jumping exercise is fine for the template's unrestricted athlete...
        MvcTestResult jumping = world.post("/api/v1/programs/" + template + "/add",
                "{\"expectedVersion\":1,\"session\":1,\"block\":\"POWER\",\"exerciseId\":\"squat-jump\"}");
        assertThat(jumping).hasStatusOk();
        String slot = JsonPath.<List<String>>read(body(jumping),
                "$.body.phases[0].weeks[0].sessions[0].blocks[?(@.kind == 'POWER')].items[0].slot").get(0);
        assertThat(JsonPath.<List<Object>>read(body(jumping),
                "$.check.findings[?(@.slot == '" + slot + "' && @.severity == 'ERROR')]")).isEmpty();

        // ...but not for a client with knee pain, who must avoid impact.
        var knees = world.anotherClient(fixtures, "Kim Knees");
        UUID kim = world.clientOf(knees);
        world.ready(kim, Goal.GENERAL_HEALTH);
        directory.addCondition(world.studio.trainer(), kim, "knee-pain", "LEFT", "MODERATE", null, null, Set.of(),
                null);
        MvcTestResult applied = world.post("/api/v1/program-templates/" + template + "/apply",
                "{\"clientId\":\"" + kim + "\"}");
        assertThat(applied).hasStatus(201);
        String json = body(applied);
        assertThat((String) JsonPath.read(json, "$.program.clientId")).isEqualTo(kim.toString());
        assertThat((String) JsonPath.read(json, "$.program.status")).isEqualTo("DRAFT");
        assertThat((String) JsonPath.read(json, "$.program.builtFrom")).isEqualTo(template);
        assertThat((String) JsonPath.read(json, "$.program.title")).isEqualTo("Four-week strength block");
        assertThat((String) JsonPath.read(json, "$.note")).contains("Kim Knees");
        assertThat(JsonPath.<List<Object>>read(json,
                "$.check.findings[?(@.slot == '" + slot + "' && @.severity == 'ERROR')]")).isNotEmpty();
        assertThat((Integer) JsonPath.read(json, "$.program.errors"))
                .as("the stored verdict is the check against Kim").isEqualTo(JsonPath.read(json, "$.check.errors"));
    }

    @Test
    void theLibraryListsTheStudiosTemplatesThenTheBuiltInOnes() {
        String program = world.generate(world.client, 4);
        world.post("/api/v1/programs/" + program + "/template", "{\"title\":\"Our house block\"}");
        MvcTestResult templates = mvc.get().uri("/api/v1/program-templates?size=100").with(bearer(world.trainer))
                .exchange();
        assertThat(templates).hasStatusOk();
        List<String> titles = JsonPath.read(body(templates), "$.items[*].title");
        assertThat(titles).hasSize(1 + BuiltInTemplates.all().size()).startsWith("Our house block")
                .contains("Beginner full body, 3 days, home", "Upper/lower hypertrophy, 4 days, gym",
                        "Senior strength and balance, 2-3 days");
        assertThat(JsonPath.<List<Boolean>>read(body(templates), "$.items[*].builtIn")).containsOnlyOnce(false);

        assertThat(mvc.get().uri("/app/programs?kind=TEMPLATE").with(as(world.studio.trainer()))).hasStatusOk()
                .bodyText().contains("Our house block").contains("Youth athletic development, 3 days")
                .contains("Cardio base builder, 3 days").contains("Weight loss starter, 3 days");
        assertThat(mvc.get().uri("/api/v1/program-templates").with(bearer(fixtures.token(world.studio.client()))))
                .hasStatus(403);
        var other = fixtures.studio("Other Templates Gym");
        assertThat(mvc.get().uri("/api/v1/program-templates?size=100").with(bearer(fixtures.token(other.owner()))))
                .bodyText().doesNotContain("Our house block");
    }

    @Test
    void everyBuiltInTemplateCanBePreviewedAndApplied() {
        for (BuiltInTemplates.Archetype archetype : BuiltInTemplates.all()) {
            assertThat(mvc.get().uri("/app/program-templates/{id}", archetype.id()).with(as(world.studio.trainer())))
                    .as(archetype.id()).hasStatusOk().bodyText().contains(archetype.title()).contains("Week 1")
                    .contains("Apply template");
        }
        MvcTestResult applied = mvc.post().uri("/app/program-templates/{id}/apply", "builtin:beginner-full-body-home")
                .with(csrf()).with(as(world.studio.trainer())).param("client", world.client.toString()).exchange();
        assertThat(applied).hasStatus3xxRedirection();
        String id = applied.getResponse().getRedirectedUrl().substring("/app/programs/".length());
        String json = world.program(id);
        assertThat((String) JsonPath.read(json, "$.program.builtFrom")).isEqualTo("builtin:beginner-full-body-home");
        assertThat((String) JsonPath.read(json, "$.program.title")).isEqualTo("Beginner full body, 3 days, home");
        assertThat((String) JsonPath.read(json, "$.program.clientName")).isEqualTo("Cara Client");

        assertThat(mvc.get().uri("/app/program-templates/builtin:no-such-thing").with(as(world.studio.trainer())))
                .hasStatus(404);
        assertThat(world.post("/api/v1/program-templates/builtin:beginner-full-body-home/apply", "{}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("clientId");
    }
}
