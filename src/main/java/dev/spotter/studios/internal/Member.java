package dev.spotter.studios.internal;

import java.time.Instant;
import java.util.UUID;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.platform.tenancy.Units;

/** A person in a studio with a role; changes of role and access go through methods that refuse what is unsafe. */
public record Member(StudioId studioId, MemberId id, UUID accountId, String displayName, Role role, boolean active,
                     Units units, String email, Instant joinedAt) {

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("displayName", "is required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > 120) {
            throw new InvalidFieldException("displayName", "must be at most 120 characters");
        }
        return trimmed;
    }

    /** Initials for the avatar, such as "AR" for Alex Rivera. */
    public String initials() {
        String[] parts = displayName.trim().split("\\s+");
        String first = parts[0].substring(0, 1);
        String last = parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase();
    }

    /**
     * Returns this member with a new role. Clients stay clients (their data is client data), nobody becomes a
     * client this way, and a studio never loses its last owner.
     */
    Member changeRole(Role newRole, long otherActiveOwners) {
        if (newRole == role) {
            return this;
        }
        if (role == Role.CLIENT || newRole == Role.CLIENT) {
            throw new InvalidFieldException("role", "can only move between OWNER and TRAINER");
        }
        if (role == Role.OWNER && otherActiveOwners == 0) {
            throw new ConflictException("role", "a studio needs at least one owner");
        }
        return new Member(studioId, id, accountId, displayName, newRole, active, units, email, joinedAt);
    }

    /** Returns this member without access; the studio's last active owner cannot be deactivated. */
    Member deactivate(long otherActiveOwners) {
        if (role == Role.OWNER && otherActiveOwners == 0) {
            throw new ConflictException("active", "a studio needs at least one active owner");
        }
        return new Member(studioId, id, accountId, displayName, role, false, units, email, joinedAt);
    }

    Member reactivate() {
        return new Member(studioId, id, accountId, displayName, role, true, units, email, joinedAt);
    }
}
