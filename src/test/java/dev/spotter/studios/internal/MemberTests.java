package dev.spotter.studios.internal;

import java.time.Instant;
import java.util.UUID;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberTests {

    private static Member member(Role role) {
        return new Member(StudioId.random(), MemberId.random(), UUID.randomUUID(), "Alex Rivera", role, true, null,
                "alex@example.com", Instant.EPOCH);
    }

    @Test
    void promotesATrainerToOwner() {
        assertThat(member(Role.TRAINER).changeRole(Role.OWNER, 1).role()).isEqualTo(Role.OWNER);
    }

    @Test
    void neverRemovesTheLastOwner() {
        assertThatThrownBy(() -> member(Role.OWNER).changeRole(Role.TRAINER, 0))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> member(Role.OWNER).deactivate(0)).isInstanceOf(ConflictException.class);
        assertThat(member(Role.OWNER).changeRole(Role.TRAINER, 1).role()).isEqualTo(Role.TRAINER);
    }

    @Test
    void clientsStayClients() {
        assertThatThrownBy(() -> member(Role.CLIENT).changeRole(Role.TRAINER, 1))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> member(Role.TRAINER).changeRole(Role.CLIENT, 1))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void deactivatesAndReactivates() {
        Member off = member(Role.CLIENT).deactivate(0);
        assertThat(off.active()).isFalse();
        assertThat(off.reactivate().active()).isTrue();
    }

    @Test
    void makesInitialsFromFirstAndLastName() {
        assertThat(member(Role.CLIENT).initials()).isEqualTo("AR");
    }

    @Test
    void onlyOwnersInviteTrainersAndNobodyInvitesOwners() {
        assertThat(Onboarding.mayInvite(Role.OWNER, Role.TRAINER)).isTrue();
        assertThat(Onboarding.mayInvite(Role.OWNER, Role.CLIENT)).isTrue();
        assertThat(Onboarding.mayInvite(Role.TRAINER, Role.CLIENT)).isTrue();
        assertThat(Onboarding.mayInvite(Role.TRAINER, Role.TRAINER)).isFalse();
        assertThat(Onboarding.mayInvite(Role.CLIENT, Role.CLIENT)).isFalse();
        assertThat(Onboarding.mayInvite(Role.OWNER, Role.OWNER)).isFalse();
    }
}
