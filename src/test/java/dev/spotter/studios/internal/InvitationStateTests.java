package dev.spotter.studios.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationStateTests {

    private static final Instant SENT = Instant.parse("2026-11-01T09:00:00Z");

    private static Invitation invitation(Instant accepted, Instant revoked) {
        return new Invitation(StudioId.random(), UUID.randomUUID(), "sam@example.com", Role.CLIENT,
                MemberId.random(), "Alex", SENT, SENT.plus(Duration.ofDays(7)), accepted, revoked);
    }

    @Test
    void isPendingUntilTheMomentItExpires() {
        Invitation invitation = invitation(null, null);
        assertThat(invitation.state(SENT.plus(Duration.ofDays(7)).minusMillis(1))).isEqualTo(Invitation.State.PENDING);
        assertThat(invitation.state(SENT.plus(Duration.ofDays(7)))).isEqualTo(Invitation.State.EXPIRED);
    }

    @Test
    void acceptedAndRevokedWinOverExpiry() {
        Instant later = SENT.plus(Duration.ofDays(30));
        assertThat(invitation(SENT, null).state(later)).isEqualTo(Invitation.State.ACCEPTED);
        assertThat(invitation(null, SENT).state(later)).isEqualTo(Invitation.State.REVOKED);
    }
}
