package dev.spotter.studios;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
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

/** The REST API: bearer tokens, problem documents, pagination and safe retries. */
@IntegrationTest
class StudiosApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void aTokenIsShownOnceAndStoredOnlyAsAHash() throws Exception {
        var studio = fixtures.studio("Token Gym");
        MvcTestResult created = mvc.post().uri("/account/tokens").with(csrf()).with(as(studio.trainer()))
                .param("name", "Spreadsheet sync").exchange();
        Matcher secret = Pattern.compile("spt_[A-Za-z0-9_-]{43}").matcher(
                created.getResponse().getContentAsString());
        assertThat(secret.find()).isTrue();

        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.group().getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("select token_hash from access_token where studio_id = ? and name = 'Spreadsheet sync'")
                .param(studio.trainer().studioId().value()).query(String.class).single()).isEqualTo(hash);
        assertThat(jdbc.sql("select count(*) from access_token where token_hash = ? or prefix = ?")
                .params(secret.group(), secret.group()).query(Integer.class).single()).isZero();

        assertThat(mvc.get().uri("/account/tokens").with(as(studio.trainer()))).bodyText()
                .contains("Spreadsheet sync").doesNotContain(secret.group());
        assertThat(mvc.get().uri("/api/v1/me").with(bearer(secret.group()))).hasStatusOk().bodyJson()
                .extractingPath("$.email").isEqualTo(studio.trainer().email());
    }

    @Test
    void aRevokedTokenStopsWorking() {
        var studio = fixtures.studio("Revoked Token Gym");
        String token = fixtures.token(studio.owner());
        MvcTestResult list = mvc.get().uri("/api/v1/tokens").with(bearer(token)).exchange();
        assertThat(list).hasStatusOk().bodyJson().extractingPath("$.totalItems").isEqualTo(1);
        String id = com.jayway.jsonpath.JsonPath.read(body(list), "$.items[0].id");

        assertThat(mvc.delete().uri("/api/v1/tokens/{id}", id).with(bearer(token))).hasStatus(204);
        assertThat(mvc.get().uri("/api/v1/me").with(bearer(token))).hasStatus(401)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").asString().contains("revoked");
    }

    @Test
    void answersWithoutATokenWith401ProblemDetail() {
        assertThat(mvc.get().uri("/api/v1/members")).hasStatus(401)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader("WWW-Authenticate", "Bearer");
        assertThat(mvc.get().uri("/api/v1/members").header("Authorization", "Bearer spt_madeup")).hasStatus(401);
    }

    @Test
    void namesTheInvalidFieldIn400ProblemDetail() {
        var studio = fixtures.studio("Validation Gym");
        String token = fixtures.token(studio.trainer());
        assertThat(post("/api/v1/invitations", token, "{\"email\":\"not-an-email\",\"role\":\"CLIENT\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("email");
        assertThat(post("/api/v1/invitations", token, "{\"email\":\"a@b.example\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("role");
        assertThat(post("/api/v1/invitations", token, "{\"email\":\"a@b.example\",\"role\":\"WIZARD\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("role");
        assertThat(post("/api/v1/invitations", token, "{not json"))
                .hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.patch().uri("/api/v1/studio").with(bearer(fixtures.token(studio.owner())))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Validation Gym\",\"timeZone\":\"Nowhere/Land\",\"units\":\"METRIC\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("timeZone");
    }

    @Test
    void answersConflictForARegisteredEmail() {
        var studio = fixtures.studio("Conflict Gym");
        String token = fixtures.token(studio.trainer());
        assertThat(post("/api/v1/invitations", token,
                "{\"email\":\"" + studio.client().email() + "\",\"role\":\"CLIENT\"}"))
                .hasStatus(409).bodyJson().extractingPath("$.errors[0].field").isEqualTo("email");
    }

    @Test
    void paginatesListsTheSameWay() {
        var studio = fixtures.studio("Paging Gym");
        String token = fixtures.token(studio.owner());
        MvcTestResult page = mvc.get().uri("/api/v1/members?page=1&size=2").with(bearer(token)).exchange();
        assertThat(page).hasStatusOk().bodyJson().extractingPath("$.totalItems").isEqualTo(3);
        assertThat(page).bodyJson().extractingPath("$.totalPages").isEqualTo(2);
        assertThat(page).bodyJson().extractingPath("$.page").isEqualTo(1);
        assertThat(page).bodyJson().extractingPath("$.items").asArray().hasSize(1);
        assertThat(mvc.get().uri("/api/v1/members?size=0").with(bearer(token))).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
        assertThat(mvc.get().uri("/api/v1/members?page=-1").with(bearer(token))).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("page");
        assertThat(mvc.get().uri("/api/v1/members?page=abc").with(bearer(token))).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("page");
    }

    @Test
    void replaysARetriedWriteInsteadOfRepeatingIt() {
        var studio = fixtures.studio("Retry Gym");
        String token = fixtures.token(studio.trainer());
        String key = UUID.randomUUID().toString();
        String email = Fixtures.uniqueEmail("retry");
        String body = "{\"email\":\"" + email + "\",\"role\":\"CLIENT\"}";

        MvcTestResult first = mvc.post().uri("/api/v1/invitations").with(bearer(token))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        MvcTestResult retry = mvc.post().uri("/api/v1/invitations").with(bearer(token))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        assertThat(first).hasStatus(201);
        assertThat(retry).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
        assertThat(body(retry)).isEqualTo(body(first));
        assertThat(jdbc.sql("select count(*) from invitation where email = ?").param(email).query(Integer.class)
                .single()).isOne();

        assertThat(mvc.post().uri("/api/v1/invitations").with(bearer(token)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("retry", "other")))
                .hasStatus(422).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void clientsSeeOnlyThemselves() {
        var studio = fixtures.studio("Client View Gym");
        String token = fixtures.token(studio.client());
        assertThat(mvc.get().uri("/api/v1/me").with(bearer(token))).hasStatusOk().bodyJson()
                .extractingPath("$.role").isEqualTo("CLIENT");
        assertThat(mvc.get().uri("/api/v1/members").with(bearer(token))).hasStatus(403)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/members/{id}", studio.trainer().memberId()).with(bearer(token)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/invitations").with(bearer(token))).hasStatus(403);
        assertThat(post("/api/v1/invitations", token, "{\"email\":\"x@y.example\",\"role\":\"CLIENT\"}"))
                .hasStatus(403);
    }

    @Test
    void ownersChangeRolesButNeverRemoveTheLastOwner() {
        var studio = fixtures.studio("Roles Api Gym");
        String owner = fixtures.token(studio.owner());
        assertThat(mvc.patch().uri("/api/v1/members/{id}", studio.trainer().memberId()).with(bearer(owner))
                .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"OWNER\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.role").isEqualTo("OWNER");
        assertThat(mvc.patch().uri("/api/v1/members/{id}", studio.client().memberId()).with(bearer(owner))
                .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"TRAINER\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("role");
        String trainer = fixtures.token(fixtures.join(studio.owner(), dev.spotter.platform.tenancy.Role.TRAINER,
                "Tina"));
        assertThat(mvc.patch().uri("/api/v1/members/{id}", studio.owner().memberId()).with(bearer(trainer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"active\":false}")).hasStatus(403);

        var solo = fixtures.studio("Solo Gym");
        assertThat(mvc.patch().uri("/api/v1/members/{id}", solo.owner().memberId())
                .with(bearer(fixtures.token(solo.owner())))
                .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"TRAINER\"}"))
                .hasStatus(409);
        assertThat(jdbc.sql("select action from audit_event where studio_id = ?")
                .param(studio.owner().studioId().value()).query(String.class).list()).contains("ROLE_CHANGED");
    }

    @Test
    void servesTheOpenApiDocumentAndOperationsEndpoints() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyText()
                .contains("/api/v1/members").contains("/api/v1/invitations").contains("bearer");
        assertThat(mvc.get().uri("/swagger-ui.html")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("UP");
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatusOk().bodyText().contains("jvm_memory_used_bytes");
    }

    private MvcTestResult post(String uri, String token, String json) {
        return mvc.post().uri(uri).with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
