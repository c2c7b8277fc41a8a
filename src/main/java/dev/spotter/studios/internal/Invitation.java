package dev.spotter.studios.internal;

import java.time.Instant;
import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;

/** An offer to join a studio in a role, sent to an email address and valid until it expires or is used. */
public record Invitation(StudioId studioId, UUID id, String email, Role role, MemberId invitedBy,
                         String invitedByName, Instant createdAt, Instant expiresAt, Instant acceptedAt,
                         Instant revokedAt) {

    /** Where an invitation stands at a moment. */
    public enum State {
        PENDING, ACCEPTED, REVOKED, EXPIRED
    }

    public State state(Instant now) {
        if (acceptedAt != null) {
            return State.ACCEPTED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.PENDING : State.EXPIRED;
    }

    public boolean pending(Instant now) {
        return state(now) == State.PENDING;
    }
}
