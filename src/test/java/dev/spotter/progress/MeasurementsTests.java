package dev.spotter.progress;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import dev.spotter.clients.ClientDirectory;
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
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Body measurements recorded by a coach or the client, with BMI and the estimates whose inputs are complete. */
@IntegrationTest
class MeasurementsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClientDirectory directory;

    ProgressWorld world;

    @BeforeEach
    void world() {
        world = new ProgressWorld(fixtures, jdbc, directory, "Measure Gym", LocalDate.parse("1985-03-01"), "MALE",
                178);
    }

    @Test
    void theTrainerRecordsMeasurementsAndSeesBmiAndEachEstimateWithItsEquation() {
        MvcTestResult saved = mvc.post().uri("/app/clients/{id}/progress/measurements", world.clientId)
                .with(csrf()).with(as(world.trainer()))
                .param("measuredOn", "2026-01-10").param("bodyMass", "82").param("neck", "38")
                .param("waist", "86").param("chestSkinfold", "12").param("abdomenSkinfold", "20")
                .param("thighSkinfold", "15").exchange();
        assertThat(saved).hasStatus3xxRedirection()
                .hasRedirectedUrl("/app/clients/" + world.clientId + "/progress#body");

        // 82 kg / 1.78² m = 25.9, overweight by the WHO 2000 cut-offs. US Navy (Hodgdon & Beckett 1984), men:
        // 1.0324 - 0.19077 log10(86 - 38) + 0.15456 log10(178) = 1.05949, Siri 495 / 1.05949 - 450 = 17.2 %.
        // Jackson & Pollock 1978, sum 47 mm at 40: 1.10938 - 0.0008267 x 47 + 0.0000016 x 47² - 0.0002574 x 40
        // = 1.06376, Siri 15.3 %.
        String page = page("/app/clients/" + world.clientId + "/progress");
        assertThat(page).contains("82 kg").contains("25.9").contains("Overweight (pre-obese) (WHO)")
                .contains("17.2 %").contains("US Navy (Hodgdon &amp; Beckett 1984)")
                .contains("15.3 %").contains("Jackson &amp; Pollock 3-site (Jackson &amp; Pollock 1978; Siri 1961)");
        assertThat(page("/app/clients/" + world.clientId)).contains("id=\"progress\"").contains("BMI 25.9");
    }

    @Test
    void theFormStartsOnTodayInTheFormADateFieldReads() {
        MvcTestResult form = mvc.get().uri("/app/clients/{id}/progress/measurements/new", world.clientId)
                .with(as(world.trainer())).exchange();
        assertThat(body(form)).contains("value=\"" + LocalDate.now() + "\"");
    }

    @Test
    void anEquationMissingAnInputIsNotShownAndSaysWhatItNeeds() {
        String json = post(world.trainerToken, """
                {"measuredOn":"2026-01-10","bodyMassKg":82,"waistM":0.86}""");
        assertThat(JsonPath.<Integer>read(json, "$.estimates.length()")).isZero();
        assertThat(JsonPath.<String>read(json, "$.notShown[0]")).isEqualTo("US Navy: needs neck");
        assertThat(JsonPath.<Double>read(json, "$.bmi.value")).isEqualTo(25.9);
    }

    @Test
    void valuesOutsideHumanRangesAreRefusedNamingTheFieldAndTheUnitTheyLookLike() {
        MvcTestResult api = mvc.post().uri("/api/v1/clients/{id}/measurements", world.clientId)
                .with(bearer(world.trainerToken)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"measuredOn":"2026-01-10","waistM":86,"neckM":0.38,"bodyMassKg":8}""").exchange();
        assertThat(api).hasStatus(400);
        String body = body(api);
        assertThat(JsonPath.<Object>read(body, "$.errors[?(@.field == 'waistM')].message").toString())
                .contains("must be between 0.4 and 2 m (86 looks like cm)");
        assertThat(JsonPath.<Object>read(body, "$.errors[?(@.field == 'bodyMassKg')].message").toString())
                .contains("must be between 10 and 350 kg");

        MvcTestResult form = mvc.post().uri("/app/clients/{id}/progress/measurements", world.clientId)
                .with(csrf()).with(as(world.trainer())).param("measuredOn", "2026-01-10")
                .param("neck", "38").param("waist", "34").exchange();
        assertThat(form).hasStatusOk();
        assertThat(body(form)).contains("id=\"waist-error\"")
                .contains("Must be between 40 and 200 cm (34 looks like in).").contains("value=\"34\"");
        MvcTestResult inconsistent = mvc.post().uri("/app/clients/{id}/progress/measurements", world.clientId)
                .with(csrf()).with(as(world.trainer())).param("measuredOn", "2026-01-10")
                .param("neck", "45").param("waist", "42").exchange();
        assertThat(body(inconsistent)).contains("Must be larger than the neck: check that both are in the same unit.");
        assertThat(jdbc.sql("select count(*) from body_measurement where studio_id = ?")
                .param(world.trainer().studioId().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void aFutureDayIsRefused() {
        MvcTestResult api = mvc.post().uri("/api/v1/clients/{id}/measurements", world.clientId)
                .with(bearer(world.trainerToken)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"measuredOn\":\"" + LocalDate.now().plusDays(3) + "\",\"bodyMassKg\":80}").exchange();
        assertThat(api).hasStatus(400);
        assertThat(JsonPath.<String>read(body(api), "$.errors[0].field")).isEqualTo("measuredOn");
    }

    @Test
    void theClientRecordsTheirOwnAndNobodyOutsideTheStudioSeesThem() {
        MvcTestResult own = mvc.post().uri("/portal/progress/measurements").with(csrf()).with(as(world.client()))
                .param("measuredOn", "2026-02-01").param("bodyMass", "80.5").exchange();
        assertThat(own).hasStatus3xxRedirection().hasRedirectedUrl("/portal/progress#body");
        assertThat(page("/portal/progress", world.client())).contains("Your progress").contains("80.5 kg");

        var other = fixtures.studio("Elsewhere Gym");
        assertThat(mvc.get().uri("/app/clients/{id}/progress", world.clientId).with(as(other.trainer())).exchange())
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/clients/{id}/measurements", world.clientId)
                .with(bearer(fixtures.token(other.trainer()))).exchange()).hasStatus(404);
    }

    @Test
    void everyMeasurementExportsAsCsvInSi() {
        post(world.trainerToken, "{\"measuredOn\":\"2026-01-10\",\"bodyMassKg\":82,\"neckM\":0.38,\"waistM\":0.86}");
        post(world.clientToken, "{\"measuredOn\":\"2026-01-17\",\"bodyMassKg\":81.4}");
        MvcTestResult csv = mvc.get().uri("/api/v1/clients/{id}/measurements.csv", world.clientId)
                .with(bearer(world.trainerToken)).exchange();
        assertThat(csv).hasStatusOk();
        String[] lines = body(csv).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("date,body_mass_kg,height_m,neck_m").contains("navy_percent_fat");
        assertThat(lines[1]).startsWith("2026-01-10,82,,0.38,,0.86").contains(",25.9,Overweight (pre-obese),17.2,");
        assertThat(lines[2]).startsWith("2026-01-17,81.4,");
        double mass = JsonPath.<Double>read(body(mvc.get().uri("/api/v1/clients/{id}/measurements", world.clientId)
                .with(bearer(world.clientToken)).exchange()), "$.items[0].values.bodyMassKg");
        assertThat(mass).isCloseTo(81.4, within(1e-9));
    }

    private String post(String token, String json) {
        MvcTestResult result = mvc.post().uri("/api/v1/clients/{id}/measurements", world.clientId)
                .with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
        assertThat(result).hasStatus(201);
        return body(result);
    }

    private String page(String uri) {
        return page(uri, world.trainer());
    }

    private String page(String uri, dev.spotter.platform.security.SpotterPrincipal who) {
        MvcTestResult result = mvc.get().uri(uri).with(as(who)).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
