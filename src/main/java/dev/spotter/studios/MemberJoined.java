package dev.spotter.studios;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;

/** Someone became a member of a studio, by signing up as its owner or by accepting an invitation. */
public record MemberJoined(StudioId studioId, MemberId memberId, Role role, String displayName, String email) {
}
