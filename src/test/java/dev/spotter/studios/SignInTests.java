package dev.spotter.studios;

import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.support.Fixtures.as;
import static dev.spotter.support.Fixtures.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Form sign-in: sessions, sign-out, lockout, throttling and who may open which pages. */
@IntegrationTest
class SignInTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void signsInAndSignOutEndsTheSession() {
        var studio = fixtures.studio("Sign In Gym");
        MvcTestResult signedIn = signIn(studio.trainer().email(), Fixtures.PASSWORD, address());
        assertThat(signedIn).hasStatus3xxRedirection().hasRedirectedUrl("/");
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
        assertThat(mvc.get().uri("/app").session(session)).hasStatusOk();

        assertThat(mvc.post().uri("/logout").session(session).with(csrf()))
                .hasStatus3xxRedirection().hasRedirectedUrl("/login?logout");
        assertThat(session.isInvalid()).isTrue();
        assertThat(mvc.get().uri("/app").session(new MockHttpSession())).hasStatus3xxRedirection();
    }

    @Test
    void sendsEachRoleToItsOwnHome() {
        var studio = fixtures.studio("Homes Gym");
        assertThat(mvc.get().uri("/").with(as(studio.trainer()))).hasRedirectedUrl("/app");
        assertThat(mvc.get().uri("/").with(as(studio.client()))).hasRedirectedUrl("/portal");
        assertThat(mvc.get().uri("/portal").with(as(studio.client()))).hasStatusOk().bodyText()
                .contains("Cara").contains("Homes Gym");
    }

    @Test
    void locksTheAccountAfterFiveWrongPasswords() {
        var studio = fixtures.studio("Lockout Gym");
        String email = studio.client().email();
        String address = address();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(signIn(email, "not the password at all", address)).hasRedirectedUrl("/login?error");
        }
        assertThat(signIn(email, Fixtures.PASSWORD, address)).hasRedirectedUrl("/login?locked");
        assertThat(mvc.get().uri("/login").param("locked", "")).bodyText().contains("locked for 15 minutes");
        assertThat(jdbc.sql("select action from audit_event where studio_id = ? order by occurred_at")
                .param(studio.owner().studioId().value()).query(String.class).list())
                .contains("SIGN_IN_FAILED", "ACCOUNT_LOCKED");
    }

    @Test
    void throttlesManyAttemptsFromOneAddress() {
        String address = address();
        for (int attempt = 0; attempt < 20; attempt++) {
            signIn(Fixtures.uniqueEmail("nobody"), "whatever password", address);
        }
        assertThat(signIn(Fixtures.uniqueEmail("nobody"), "whatever password", address))
                .hasRedirectedUrl("/login?throttled");
        assertThat(signIn(Fixtures.uniqueEmail("nobody"), "whatever password", address()))
                .hasRedirectedUrl("/login?error");
    }

    @Test
    void keepsTheEmailAfterAFailedSignIn() {
        String email = Fixtures.uniqueEmail("typo");
        MvcTestResult failed = signIn(email, "wrong password here", address());
        MockHttpSession session = (MockHttpSession) failed.getRequest().getSession();
        assertThat(mvc.get().uri("/login").param("error", "").session(session)).bodyText()
                .contains(email).contains("do not match an account");
    }

    @Test
    void recordsSignInsInTheAuditLog() {
        var studio = fixtures.studio("Audit Gym");
        signIn(studio.trainer().email(), Fixtures.PASSWORD, address());
        assertThat(mvc.get().uri("/app/audit").with(as(studio.owner()))).hasStatusOk().bodyText()
                .contains("Signed in").contains("Invitation sent").contains("Studio created");
    }

    @Test
    void deniesPagesByDefault() {
        var studio = fixtures.studio("Roles Gym");
        assertThat(mvc.get().uri("/app")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/app").with(as(studio.client()))).hasStatus(403);
        assertThat(mvc.get().uri("/app/settings").with(as(studio.trainer()))).hasStatus(403);
        assertThat(mvc.get().uri("/app/team").with(as(studio.trainer()))).hasStatus(403);
        assertThat(mvc.get().uri("/portal").with(as(studio.trainer()))).hasStatus(403);
        assertThat(mvc.get().uri("/no/such/page").with(as(studio.owner()))).hasStatus(403);
        assertThat(mvc.get().uri("/app/settings").with(as(studio.owner()))).hasStatusOk();
    }

    @Test
    void aDeactivatedMemberCannotSignIn() {
        var studio = fixtures.studio("Access Gym");
        assertThat(mvc.post().uri("/app/team/members/{id}/access", studio.client().memberId()).with(csrf())
                .with(as(studio.owner())).param("active", "false")).hasStatus3xxRedirection();
        assertThat(signIn(studio.client().email(), Fixtures.PASSWORD, address()))
                .hasRedirectedUrl("/login?disabled");
    }

    private MvcTestResult signIn(String email, String password, String address) {
        return mvc.post().uri("/login").with(csrf()).with(from(address))
                .param("email", email).param("password", password).exchange();
    }

    /** A fresh client address per test, so that the per-address throttle of one test never trips another. */
    private static String address() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
