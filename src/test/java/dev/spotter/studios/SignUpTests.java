package dev.spotter.studios;

import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Signing up creates a studio and its owner in one step, or nothing at all. */
@IntegrationTest
class SignUpTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsTheStudioAndSignsTheOwnerIn() {
        String email = Fixtures.uniqueEmail("founder");
        MvcTestResult result = signUp("Harbour Fitness", "Dana Founder", email, "long enough password", "Europe/Dublin");
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/app");

        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        assertThat(mvc.get().uri("/app").session(session)).hasStatusOk()
                .bodyText().contains("Harbour Fitness").contains("Dana");
        assertThat(jdbc.sql("""
                select m.role from member m join account a on a.account_id = m.account_id where a.email = ?
                """).param(email).query(String.class).single()).isEqualTo("OWNER");
        assertThat(jdbc.sql("select time_zone from studio where name = 'Harbour Fitness'").query(String.class).list())
                .contains("Europe/Dublin");
    }

    @Test
    void showsAShortPasswordNextToTheFieldAndSavesNothing() {
        String email = Fixtures.uniqueEmail("short");
        MvcTestResult result = signUp("Short Password Gym", "Pat", email, "tooshort", "Europe/London");
        assertThat(result).hasStatusOk().bodyText()
                .contains("Use 12 to 128 characters.")
                .contains("aria-invalid=\"true\"")
                .contains(email);
        assertThat(accounts(email)).isZero();
    }

    @Test
    void refusesAPasswordLongerThan128Characters() {
        String email = Fixtures.uniqueEmail("long");
        assertThat(signUp("Long Gym", "Pat", email, "x".repeat(64) + "y".repeat(65), "Europe/London"))
                .hasStatusOk().bodyText().contains("Use 12 to 128 characters.");
        assertThat(accounts(email)).isZero();
    }

    @Test
    void answersConflictForAnEmailThatIsAlreadyRegistered() {
        String email = Fixtures.uniqueEmail("twice");
        assertThat(signUp("First Gym", "Pat", email, "long enough password", "Europe/London"))
                .hasStatus3xxRedirection();
        assertThat(signUp("Second Gym", "Pat", email.toUpperCase(), "long enough password", "Europe/London"))
                .hasStatus(409).bodyText().contains("is already registered");
        assertThat(jdbc.sql("select count(*) from studio where name = 'Second Gym'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void rejectsAnUnknownTimeZone() {
        String email = Fixtures.uniqueEmail("zone");
        assertThat(signUp("Zone Gym", "Pat", email, "long enough password", "Mars/Olympus_Mons"))
                .hasStatusOk().bodyText().contains("Must be a time zone such as Europe/London.");
        assertThat(accounts(email)).isZero();
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() {
        assertThat(mvc.post().uri("/signup").param("studioName", "No Token Gym")).hasStatus(403);
    }

    private MvcTestResult signUp(String studio, String name, String email, String password, String zone) {
        return mvc.post().uri("/signup").with(csrf())
                .param("studioName", studio).param("displayName", name).param("email", email)
                .param("password", password).param("timeZone", zone).param("units", "METRIC")
                .exchange();
    }

    private int accounts(String email) {
        return jdbc.sql("select count(*) from account where email = lower(?)").param(email).query(Integer.class)
                .single();
    }
}
