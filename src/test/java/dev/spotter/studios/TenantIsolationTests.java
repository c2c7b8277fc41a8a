package dev.spotter.studios;

import java.util.UUID;

import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.spotter.support.Fixtures.as;
import static dev.spotter.support.Fixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** A studio's people never see or touch another studio's resources: every one of them answers 404. */
@IntegrationTest
class TenantIsolationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    Fixtures.StudioFixture a;
    Fixtures.StudioFixture b;
    String ownerTokenA;
    String trainerTokenA;
    String bInvitation;
    String bToken;

    @BeforeEach
    void twoStudios() {
        a = fixtures.studio("Studio A");
        b = fixtures.studio("Studio B");
        ownerTokenA = fixtures.token(a.owner());
        trainerTokenA = fixtures.token(a.trainer());
        String bEmail = Fixtures.uniqueEmail("b-invitee");
        mvc.post().uri("/app/clients/invite/invitations").with(csrf()).with(as(b.trainer())).param("email", bEmail).exchange();
        bInvitation = jdbc.sql("select invitation_id::text from invitation where email = ?").param(bEmail)
                .query(String.class).single();
        fixtures.token(b.trainer());
        bToken = jdbc.sql("select token_id::text from access_token where studio_id = ? limit 1")
                .param(b.trainer().studioId().value()).query(String.class).single();
    }

    @Test
    void studioBMembersAreNotFoundThroughTheApi() {
        for (SpotterPrincipal member : new SpotterPrincipal[] {b.owner(), b.trainer(), b.client()}) {
            assertThat(mvc.get().uri("/api/v1/members/{id}", member.memberId()).with(bearer(trainerTokenA)))
                    .hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(mvc.patch().uri("/api/v1/members/{id}", member.memberId()).with(bearer(ownerTokenA))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"active\":false}")).hasStatus(404);
        }
        assertThat(mvc.delete().uri("/api/v1/invitations/{id}", bInvitation).with(bearer(trainerTokenA)))
                .hasStatus(404);
        assertThat(mvc.delete().uri("/api/v1/tokens/{id}", bToken).with(bearer(ownerTokenA))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/members?size=100").with(bearer(ownerTokenA))).hasStatusOk().bodyText()
                .doesNotContain(b.client().email()).doesNotContain(b.owner().email());
        assertThat(mvc.get().uri("/api/v1/invitations?size=100").with(bearer(ownerTokenA))).hasStatusOk()
                .bodyText().doesNotContain(bInvitation);
        assertThat(mvc.get().uri("/api/v1/studio").with(bearer(ownerTokenA))).bodyJson()
                .extractingPath("$.name").isEqualTo("Studio A");
    }

    @Test
    void studioBMembersAreNotFoundThroughTheWeb() {
        for (SpotterPrincipal member : new SpotterPrincipal[] {b.owner(), b.trainer(), b.client()}) {
            assertThat(mvc.get().uri("/app/members/{id}", member.memberId()).with(as(a.owner()))).hasStatus(404);
            assertThat(mvc.post().uri("/app/team/members/{id}/role", member.memberId()).with(csrf())
                    .with(as(a.owner())).param("role", "OWNER")).hasStatus(404);
            assertThat(mvc.post().uri("/app/team/members/{id}/access", member.memberId()).with(csrf())
                    .with(as(a.owner())).param("active", "false")).hasStatus(404);
        }
        assertThat(mvc.post().uri("/app/invitations/{id}/revoke", bInvitation).with(csrf()).with(as(a.owner())))
                .hasStatus(404);
        assertThat(mvc.post().uri("/account/tokens/{id}/revoke", bToken).with(csrf()).with(as(a.owner())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/app/clients?q=Cara").with(as(a.trainer()))).hasStatusOk().bodyText()
                .doesNotContain(b.client().email());
        assertThat(mvc.get().uri("/app/members/{id}", UUID.randomUUID()).with(as(a.owner()))).hasStatus(404);
        assertThat(mvc.get().uri("/app/members/not-a-uuid").with(as(a.owner()))).hasStatus(404);
        assertThat(mvc.get().uri("/app/audit").with(as(a.owner()))).bodyText().doesNotContain(b.client().email());

        assertThat(jdbc.sql("select revoked_at is null from invitation where invitation_id = ?::uuid")
                .param(bInvitation).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select active from member where member_id = ?").param(b.owner().memberId().value())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aTokenOfStudioBCannotReachStudioA() {
        String tokenB = fixtures.token(b.owner());
        assertThat(mvc.get().uri("/api/v1/members/{id}", a.client().memberId()).with(bearer(tokenB)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/me").with(bearer(tokenB))).bodyJson()
                .extractingPath("$.studioId").isEqualTo(b.owner().studioId().toString());
    }
}
