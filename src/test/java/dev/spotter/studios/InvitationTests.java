package dev.spotter.studios;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import dev.spotter.support.TestInfrastructure;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Trainers invite clients by email; the link works once, for seven days. */
@IntegrationTest
class InvitationTests {

    private static final Pattern LINK = Pattern.compile("(http://[^\\s\"<]+/invite/(inv_[A-Za-z0-9_-]+))");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void aClientInvitedByEmailJoinsAndSeesTheirHome() throws Exception {
        var studio = fixtures.studio("Invite Gym");
        String email = Fixtures.uniqueEmail("newclient");
        assertThat(mvc.post().uri("/app/clients/invite/invitations").with(csrf()).with(as(studio.trainer()))
                .param("email", email)).hasStatus3xxRedirection().hasRedirectedUrl("/app/clients/invite");

        String secret = secretFromMailTo(email);
        assertThat(mvc.get().uri("/invite/" + secret)).hasStatusOk().bodyText()
                .contains("Join Invite Gym").contains(email).contains("Terry Trainer");

        MvcTestResult joined = mvc.post().uri("/invite/" + secret).with(csrf())
                .param("displayName", "Nina New").param("password", "a brand new password")
                .param("confirmPassword", "a brand new password").exchange();
        assertThat(joined).hasStatus3xxRedirection().hasRedirectedUrl("/");
        MockHttpSession session = (MockHttpSession) joined.getRequest().getSession();
        assertThat(mvc.get().uri("/portal").session(session)).hasStatusOk().bodyText()
                .contains("Hi, Nina").contains("Invite Gym");
        assertThat(mvc.get().uri("/app").session(session)).hasStatus(403);
    }

    @Test
    void aUsedInvitationShowsAClearPage() {
        var studio = fixtures.studio("Reuse Gym");
        String secret = invite(studio.trainer(), Fixtures.uniqueEmail("reuse"));
        assertThat(accept(secret)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/invite/" + secret)).hasStatus(410).bodyText()
                .contains("This invitation has been used");
        assertThat(accept(secret)).hasStatus(410);
    }

    @Test
    void anExpiredInvitationShowsAClearPageAndCreatesNothing() {
        var studio = fixtures.studio("Expiry Gym");
        String email = Fixtures.uniqueEmail("late");
        String secret = invite(studio.trainer(), email);
        jdbc.sql("update invitation set expires_at = now() - interval '1 minute' where email = ?").param(email)
                .update();
        assertThat(mvc.get().uri("/invite/" + secret)).hasStatus(410).bodyText()
                .contains("This invitation has expired").contains("Terry Trainer");
        assertThat(accept(secret)).hasStatus(410);
        assertThat(jdbc.sql("select count(*) from account where email = ?").param(email).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void aRevokedOrUnknownInvitationShowsAClearPage() {
        var studio = fixtures.studio("Revoke Gym");
        String email = Fixtures.uniqueEmail("revoked");
        String secret = invite(studio.trainer(), email);
        String id = jdbc.sql("select invitation_id::text from invitation where email = ?").param(email)
                .query(String.class).single();
        assertThat(mvc.post().uri("/app/invitations/{id}/revoke", id).with(csrf()).with(as(studio.trainer())))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/invite/" + secret)).hasStatus(410).bodyText().contains("withdrawn");
        assertThat(mvc.get().uri("/invite/inv_doesnotexist")).hasStatus(404).bodyText()
                .contains("find this invitation");
    }

    @Test
    void showsMismatchedPasswordsNextToTheField() {
        var studio = fixtures.studio("Mismatch Gym");
        String secret = invite(studio.trainer(), Fixtures.uniqueEmail("mismatch"));
        assertThat(mvc.post().uri("/invite/" + secret).with(csrf()).param("displayName", "Mo")
                .param("password", "first long password").param("confirmPassword", "second long password"))
                .hasStatusOk().bodyText().contains("The two passwords are not the same.");
    }

    @Test
    void htmxInvitationsReturnOnlyThePanelWithTheLink() {
        var studio = fixtures.studio("Htmx Gym");
        String email = Fixtures.uniqueEmail("htmx");
        assertThat(mvc.post().uri("/app/clients/invite/invitations").with(csrf()).with(as(studio.trainer()))
                .header("HX-Request", "true").param("email", email))
                .hasStatusOk().bodyText()
                .doesNotContain("<html").contains("id=\"invite\"").contains("/invite/inv_").contains(email);
    }

    @Test
    void aDuplicateOrInvalidEmailIsShownNextToTheField() {
        var studio = fixtures.studio("Duplicate Gym");
        assertThat(mvc.post().uri("/app/clients/invite/invitations").with(csrf()).with(as(studio.trainer()))
                .param("email", studio.client().email())).hasStatusOk().bodyText().contains("is already registered");
        assertThat(mvc.post().uri("/app/clients/invite/invitations").with(csrf()).with(as(studio.trainer()))
                .param("email", "not-an-email")).hasStatusOk().bodyText().contains("Enter a valid email address.");
    }

    @Test
    void onlyOwnersInviteTrainers() {
        var studio = fixtures.studio("Team Gym");
        assertThat(mvc.post().uri("/app/team/invitations").with(csrf()).with(as(studio.trainer()))
                .param("email", Fixtures.uniqueEmail("coach"))).hasStatus(403);
        assertThat(mvc.post().uri("/app/team/invitations").with(csrf()).with(as(studio.owner()))
                .param("email", Fixtures.uniqueEmail("coach"))).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select count(*) from invitation where studio_id = ? and role = 'TRAINER'")
                .param(studio.owner().studioId().value()).query(Integer.class).single()).isEqualTo(2);
        assertThat(Role.TRAINER.coaches()).isTrue();
    }

    private String invite(dev.spotter.platform.security.SpotterPrincipal trainer, String email) {
        MvcTestResult result = mvc.post().uri("/app/clients/invite/invitations").with(csrf()).with(as(trainer))
                .header("HX-Request", "true").param("email", email).exchange();
        Matcher link = LINK.matcher(new String(result.getResponse().getContentAsByteArray()));
        assertThat(link.find()).as("invitation link in the panel").isTrue();
        return link.group(2);
    }

    private MvcTestResult accept(String secret) {
        return mvc.post().uri("/invite/" + secret).with(csrf()).param("displayName", "Jo Joiner")
                .param("password", "joining password 1").param("confirmPassword", "joining password 1").exchange();
    }

    private static String secretFromMailTo(String email) throws Exception {
        var mail = TestInfrastructure.mail();
        for (int wait = 0; wait < 50; wait++) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(email)) {
                    assertThat(message.getSubject()).contains("invited you to");
                    Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "")
                            .replace("=3D", "="));
                    assertThat(link.find()).as("link in the email").isTrue();
                    return link.group(2);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no invitation email to " + email);
    }
}
