package dev.spotter.clients;

import java.util.UUID;

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

/** Client files, screening, conditions and who may see them. */
@IntegrationTest
class ClientsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    Fixtures.StudioFixture studio;
    String trainer;
    String clientId;

    @BeforeEach
    void studio() {
        studio = fixtures.studio("Clients Gym");
        trainer = fixtures.token(studio.trainer());
        clientId = jdbc.sql("select client_id::text from client where studio_id = ? and member_id = ?")
                .params(studio.owner().studioId().value(), studio.client().memberId().value())
                .query(String.class).single();
    }

    @Test
    void aClientWhoJoinsHasAProfileWaitingForScreening() {
        assertThat(mvc.get().uri("/api/v1/clients").with(bearer(trainer))).hasStatusOk().bodyJson()
                .extractingPath("$.items[0].clearanceStatus").isEqualTo("NOT_SCREENED");
        assertThat(mvc.get().uri("/app/clients").with(as(studio.trainer()))).hasStatusOk().bodyText()
                .contains("Cara Client").contains("Not screened");
        assertThat(mvc.get().uri("/app").with(as(studio.trainer()))).hasStatusOk().bodyText()
                .contains("Screening due").contains("Cara Client").contains("Never screened")
                .contains("Newest clients").contains("/app/clients/" + clientId);
    }

    @Test
    void refusesImpossibleProfileValuesNamingEachField() {
        String body = """
                {"displayName":"Cara Client","heightCm":0,"bodyMassKg":900,"dateOfBirth":"2999-01-01",
                 "restingHeartRate":400,"status":"ACTIVE"}""";
        assertThat(mvc.put().uri("/api/v1/clients/{id}/profile", clientId).with(bearer(trainer))
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(400).bodyJson()
                .extractingPath("$.errors[*].field").asArray().contains("heightCm", "bodyMassKg", "dateOfBirth", "restingHeartRate");
        assertThat(mvc.put().uri("/api/v1/clients/{id}/profile", clientId).with(bearer(trainer))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"displayName":"Cara Client","dateOfBirth":"1826-01-01","status":"ACTIVE"}"""))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].message").asString().contains("over 120");
        assertThat(mvc.post().uri("/app/clients/{id}/profile", clientId).with(csrf()).with(as(studio.trainer()))
                .param("displayName", "Cara Client").param("height", "0").param("status", "ACTIVE"))
                .hasStatusOk().bodyText().contains("Must be between 50 and 250 cm");
    }

    @Test
    void aScreeningCannotBeFinishedWithUnansweredQuestions() {
        assertThat(mvc.post().uri("/api/v1/clients/{id}/screenings", clientId).with(bearer(trainer))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"parq":{"1":false,"2":false},"exercisesRegularly":true,"finish":true}"""))
                .hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("parq3", "parq7", "knownDisease", "symptoms");
        assertThat(jdbc.sql("select clearance_status from client where client_id = ?::uuid").param(clientId)
                .query(String.class).single()).isEqualTo("NOT_SCREENED");
    }

    @Test
    void aFinishedScreeningSetsClearanceAndCeiling() {
        assertThat(screen("""
                {"parq":{"1":false,"2":false,"3":false,"4":false,"5":false,"6":true,"7":false},"followUps":{"6":false},
                 "exercisesRegularly":true,"knownDisease":true,"symptoms":false,"finish":true}"""))
                .hasStatusOk().bodyJson().extractingPath("$.clearance").isEqualTo("RECOMMENDED_FOR_VIGOROUS");
        assertThat(mvc.get().uri("/api/v1/clients/{id}", clientId).with(bearer(trainer))).bodyJson()
                .extractingPath("$.safety.ceiling").isEqualTo("MODERATE");

        assertThat(mvc.post().uri("/api/v1/clients/{id}/clearances", clientId).with(bearer(trainer))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"clearedOn":"2026-11-01","clinician":"Dr Ana Torres"}""")).hasStatus(201);
        MvcTestResult cleared = mvc.get().uri("/api/v1/clients/{id}", clientId).with(bearer(trainer)).exchange();
        assertThat(cleared).bodyJson().extractingPath("$.client.clearanceStatus").isEqualTo("CLEARED");
        assertThat(cleared).bodyJson().extractingPath("$.safety.ceiling").isEqualTo("VIGOROUS");
    }

    @Test
    void symptomsStopTrainingUntilCleared() {
        assertThat(screen("""
                {"parq":{"1":false,"2":true,"3":false,"4":false,"5":false,"6":false,"7":false},"followUps":{"2":true},
                 "exercisesRegularly":true,"knownDisease":false,"symptoms":true,"finish":true}"""))
                .hasStatusOk().bodyJson().extractingPath("$.ceiling").isEqualTo("NONE");
        assertThat(mvc.get().uri("/app/clients/{id}", clientId).with(as(studio.trainer()))).hasStatusOk().bodyText()
                .contains("Medical clearance is recommended before this client trains");
    }

    @Test
    void conditionsBecomeTagsThatSubstitutionAvoids() {
        assertThat(mvc.post().uri("/api/v1/clients/{id}/conditions", clientId).with(bearer(trainer))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"condition":"knee-pain","side":"LEFT","severity":"MODERATE"}""")).hasStatus(201);
        MvcTestResult file = mvc.get().uri("/api/v1/clients/{id}", clientId).with(bearer(trainer)).exchange();
        assertThat(file).bodyJson().extractingPath("$.safety.avoid").asArray()
                .contains("LOADED_DEEP_KNEE_FLEXION", "IMPACT");
        assertThat(mvc.get().uri("/app/clients/{id}/conditions?exercise=back squat", clientId)
                .with(as(studio.trainer()))).hasStatusOk().bodyText()
                .contains("Not for this client").contains("avoids loaded deep knee bend");
        assertThat(jdbc.sql("select rescreen_due <= current_date from client where client_id = ?::uuid")
                .param(clientId).query(Boolean.class).single()).isTrue();
        assertThat(mvc.post().uri("/api/v1/clients/{id}/conditions", clientId).with(bearer(trainer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"condition\":\"gout-of-the-soul\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("condition");
    }

    @Test
    void healthDataStaysInsideTheStudioAndWithTheClient() {
        var other = fixtures.studio("Other Clients Gym");
        String otherTrainer = fixtures.token(other.trainer());
        assertThat(mvc.get().uri("/api/v1/clients/{id}", clientId).with(bearer(otherTrainer))).hasStatus(404);
        assertThat(mvc.get().uri("/app/clients/{id}", clientId).with(as(other.owner()))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/clients?size=100", clientId).with(bearer(otherTrainer))).bodyText()
                .doesNotContain(clientId);

        var secondClient = fixtures.join(studio.trainer(), dev.spotter.platform.tenancy.Role.CLIENT, "Second Client");
        String secondToken = fixtures.token(secondClient);
        assertThat(mvc.get().uri("/api/v1/clients/{id}", clientId).with(bearer(secondToken))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/clients").with(bearer(secondToken))).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/clients/me").with(bearer(secondToken))).hasStatusOk().bodyJson()
                .extractingPath("$.client.displayName").isEqualTo("Second Client");
        assertThat(mvc.get().uri("/api/v1/clients/{id}", UUID.randomUUID()).with(bearer(trainer))).hasStatus(404);
    }

    @Test
    void readingHealthDataIsAudited() {
        mvc.get().uri("/app/clients/{id}", clientId).with(as(studio.trainer())).exchange();
        assertThat(jdbc.sql("""
                select count(*) from audit_event where studio_id = ? and action = 'HEALTH_DATA_VIEWED'
                   and actor_id = ? and subject = 'Cara Client'
                """).params(studio.owner().studioId().value(), studio.trainer().memberId().value())
                .query(Integer.class).single()).isOne();
    }

    @Test
    void aLeadBecomesTheClientWhenInvitedWithTheSameEmail() {
        String email = Fixtures.uniqueEmail("lead");
        assertThat(mvc.post().uri("/api/v1/clients").with(bearer(trainer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"Lee Lead\",\"email\":\"" + email + "\"}")).hasStatus(201);
        var invitation = mvc.post().uri("/api/v1/invitations").with(bearer(trainer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + email + "\",\"role\":\"CLIENT\"}")
                .exchange();
        String link = com.jayway.jsonpath.JsonPath.read(new String(invitation.getResponse().getContentAsByteArray()),
                "$.acceptUrl");
        mvc.post().uri(link.substring(link.indexOf("/invite/"))).with(csrf()).param("displayName", "Lee Lead")
                .param("password", "lead password 12").param("confirmPassword", "lead password 12").exchange();
        assertThat(jdbc.sql("select status || ':' || (member_id is not null) from client where email = ?")
                .param(email).query(String.class).list()).containsExactly("ACTIVE:true");
    }

    @Test
    void keepsEmergencyContactsIncidentsAndThePlanOneTapAway() {
        assertThat(mvc.post().uri("/app/clients/{id}/emergency/contacts", clientId).with(csrf())
                .with(as(studio.trainer())).param("name", "Jo Client").param("relationship", "partner")
                .param("phone", "+44 7700 900123")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/app/clients/{id}/emergency/contacts", clientId).with(csrf())
                .with(as(studio.trainer())).param("name", "No Phone").param("phone", "call me maybe"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/app/clients/{id}/incidents", clientId).with(csrf()).with(as(studio.trainer()))
                .param("occurredAt", "2026-11-20T10:15").param("whatHappened", "Felt faint after intervals")
                .param("actionsTaken", "Stopped, sat down, monitored for 15 minutes")
                .param("firstAid", "Water and rest")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/app/emergency-plan").with(csrf()).with(as(studio.owner()))
                .param("emergencyNumber", "999").param("nearestAed", "Reception, left of the door")
                .param("steps", "Call 999. Start CPR. Fetch the AED.")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/app/emergency-plan").with(csrf()).with(as(studio.trainer()))
                .param("emergencyNumber", "112").param("steps", "x")).hasStatus(403);

        assertThat(mvc.get().uri("/app/clients/{id}/emergency", clientId).with(as(studio.trainer()))).hasStatusOk()
                .bodyText().contains("tel:+44 7700 900123", "Jo Client", "Felt faint after intervals",
                        "Emergency services: 999", "Reception, left of the door").doesNotContain("No Phone");
        assertThat(mvc.get().uri("/app/clients/{id}", clientId).with(as(studio.trainer()))).bodyText()
                .contains("/app/clients/" + clientId + "/emergency");
    }

    @Test
    void recordsWhoChangedWhatInTheProfile() {
        assertThat(mvc.put().uri("/api/v1/clients/{id}/profile", clientId).with(bearer(trainer))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"displayName":"Cara Client","heightCm":168.0,"medications":"Salbutamol inhaler",
                         "restingHeartRate":61,"status":"ACTIVE"}""")).hasStatusOk();
        assertThat(mvc.get().uri("/app/clients/{id}/profile", clientId).with(as(studio.trainer()))).bodyText()
                .contains("History").contains("height (cm)").contains("168").contains("Salbutamol inhaler")
                .contains("resting heart rate").contains("61")
                .contains("Terry Trainer");
    }

    @Test
    void aStudioKeepsItsOwnVersionOfAConditionRule() {
        mvc.post().uri("/api/v1/clients/{id}/conditions", clientId).with(bearer(trainer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"condition\":\"neck-pain\"}").exchange();
        assertThat(mvc.post().uri("/app/settings/conditions/neck-pain").with(csrf()).with(as(studio.owner()))
                .param("avoid", "AXIAL_LOADING", "PRONE").param("guidance", "Our physio asks for no prone work.")
                .param("source", "Clinic policy, Dr Patel 2026")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/api/v1/clients/{id}", clientId).with(bearer(trainer))).bodyJson()
                .extractingPath("$.safety.avoid").asArray().contains("PRONE");
        var other = fixtures.studio("Default Rules Gym");
        assertThat(mvc.get().uri("/api/v1/clients/condition-rules").with(bearer(fixtures.token(other.owner()))))
                .bodyText().doesNotContain("Our physio asks");
        assertThat(mvc.post().uri("/app/settings/conditions/neck-pain").with(csrf()).with(as(studio.trainer()))
                .param("guidance", "x").param("source", "y")).hasStatus(403);
        assertThat(mvc.post().uri("/app/settings/conditions/neck-pain/reset").with(csrf()).with(as(studio.owner())))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/api/v1/clients/{id}", clientId).with(bearer(trainer))).bodyJson()
                .extractingPath("$.safety.avoid").asArray().doesNotContain("PRONE");
    }

    @Test
    void emergencyReadinessWorksThroughTheApiToo() {
        assertThat(mvc.post().uri("/api/v1/clients/{id}/emergency-contacts", clientId).with(bearer(trainer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Pat\",\"phone\":\"\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("phone");
        assertThat(mvc.post().uri("/api/v1/clients/{id}/incidents", clientId).with(bearer(trainer))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"occurredAt":"2999-01-01T10:00:00Z","whatHappened":"x","actionsTaken":"y"}"""))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("occurredAt");
        assertThat(mvc.get().uri("/api/v1/clients/emergency-plan").with(bearer(trainer))).hasStatus(404);
        assertThat(mvc.put().uri("/api/v1/clients/emergency-plan").with(bearer(fixtures.token(studio.owner())))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"emergencyNumber":"112","steps":"Call 112, start CPR, fetch the AED."}""")).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/clients/{id}/emergency", clientId).with(bearer(trainer))).hasStatusOk()
                .bodyJson().extractingPath("$.plan.emergencyNumber").isEqualTo("112");
        assertThat(mvc.post().uri("/app/clients/{id}/notes", clientId).with(csrf()).with(as(studio.trainer()))
                .param("notes", "Prefers mornings")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/app/clients/{id}/notes", clientId).with(as(studio.trainer()))).hasStatusOk()
                .bodyText().contains("Prefers mornings");
    }

    @Test
    void assignsCoachesFromTheStudioOnly() {
        assertThat(mvc.post().uri("/app/clients/{id}/coaches", clientId).with(csrf()).with(as(studio.trainer()))
                .param("coach", studio.trainer().memberId().toString(), studio.owner().memberId().toString()))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select count(*) from client_trainer where client_id = ?::uuid").param(clientId)
                .query(Integer.class).single()).isEqualTo(2);
        var other = fixtures.studio("Poacher Gym");
        mvc.post().uri("/app/clients/{id}/coaches", clientId).with(csrf()).with(as(studio.trainer()))
                .param("coach", other.trainer().memberId().toString()).exchange();
        assertThat(jdbc.sql("select count(*) from client_trainer where client_id = ?::uuid").param(clientId)
                .query(Integer.class).single()).isEqualTo(2);
        mvc.post().uri("/app/clients/{id}/coaches", clientId).with(csrf()).with(as(studio.trainer()))
                .param("coach", studio.owner().memberId().toString()).exchange();
        assertThat(jdbc.sql("select member_id from client_trainer where client_id = ?::uuid").param(clientId)
                .query(java.util.UUID.class).list()).containsExactly(studio.owner().memberId().value());
    }

    @Test
    void keepsTheClinicianDocumentWithTheClearance() throws Exception {
        screen("""
                {"parq":{"1":true,"2":false,"3":false,"4":false,"5":false,"6":false,"7":false},"followUps":{"1":true},
                 "exercisesRegularly":false,"knownDisease":true,"symptoms":false,"finish":true}""");
        assertThat(mvc.post().uri("/app/clients/{id}/clearance", clientId).multipart()
                .file(new org.springframework.mock.web.MockMultipartFile("document", "clearance.pdf",
                        "application/pdf", "%PDF-1.4 letter".getBytes()))
                .param("clearedOn", "2026-11-02").param("clinician", "Dr Ana Torres")
                .param("restrictions", "No heavy isometrics").param("ceiling", "MODERATE")
                .with(csrf()).with(as(studio.trainer()))).hasStatus3xxRedirection();
        String clearance = jdbc.sql("select clearance_id::text from clearance where client_id = ?::uuid")
                .param(clientId).query(String.class).single();
        assertThat(mvc.get().uri("/app/clients/{id}/clearances/{c}/document", clientId, clearance)
                .with(as(studio.trainer()))).hasStatusOk().hasContentType("application/pdf")
                .hasBodyTextEqualTo("%PDF-1.4 letter");
        assertThat(mvc.get().uri("/api/v1/clients/{id}", clientId).with(bearer(trainer))).bodyJson()
                .extractingPath("$.safety.ceiling").isEqualTo("LIGHT_TO_MODERATE");
        mvc.post().uri("/app/clients/{id}/clearance", clientId).multipart()
                .file(new org.springframework.mock.web.MockMultipartFile("document", "page.html", "text/html",
                        "<script>alert(1)</script>".getBytes()))
                .param("clearedOn", "2026-11-03").param("clinician", "Dr Mallory").with(csrf())
                .with(as(studio.trainer())).exchange();
        assertThat(jdbc.sql("select count(*) from clearance where client_id = ?::uuid").param(clientId)
                .query(Integer.class).single()).as("an HTML upload is refused").isOne();
        var other = fixtures.studio("Document Thief Gym");
        assertThat(mvc.get().uri("/app/clients/{id}/clearances/{c}/document", clientId, clearance)
                .with(as(other.owner()))).hasStatus(404);
    }

    private MvcTestResult screen(String body) {
        return mvc.post().uri("/api/v1/clients/{id}/screenings", clientId).with(bearer(trainer))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
