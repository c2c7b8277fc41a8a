package dev.spotter.studios.api;

import java.time.Instant;
import java.util.UUID;

import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.studios.internal.AccessToken;
import dev.spotter.studios.internal.Invitation;
import dev.spotter.studios.internal.Member;
import dev.spotter.studios.internal.Studio;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request and response bodies of the studios API; rows never leave the module as they are stored. */
final class ApiDtos {

    private ApiDtos() {
    }

    @Schema(description = "The caller")
    record Me(UUID memberId, UUID studioId, String displayName, String email, Role role, Units units) {
    }

    @Schema(description = "A studio: the business that owns its members and their data")
    record StudioDto(UUID id, String name, String timeZone, Units units, Instant createdAt) {
        static StudioDto of(Studio studio) {
            return new StudioDto(studio.id().value(), studio.name(), studio.timeZone().getId(), studio.units(),
                    studio.createdAt());
        }
    }

    @Schema(description = "New studio settings; all fields are required")
    record StudioUpdate(@NotBlank @Size(max = 120) String name,
                        @NotBlank @Schema(example = "Europe/London") String timeZone,
                        @NotNull Units units) {
    }

    @Schema(description = "A member of the studio")
    record MemberDto(UUID id, String displayName, String email, Role role, boolean active, Instant joinedAt) {
        static MemberDto of(Member member) {
            return new MemberDto(member.id().value(), member.displayName(), member.email(), member.role(),
                    member.active(), member.joinedAt());
        }
    }

    @Schema(description = "A permission change: a new role (OWNER or TRAINER) and/or access on or off")
    record MemberUpdate(Role role, Boolean active) {
    }

    @Schema(description = "An invitation to join the studio")
    record InvitationDto(UUID id, String email, Role role, Invitation.State state, UUID invitedBy,
                         Instant createdAt, Instant expiresAt,
                         @Schema(description = "The link to accept; only in the response that created it")
                         String acceptUrl) {
        static InvitationDto of(Invitation invitation, Instant now, String acceptUrl) {
            return new InvitationDto(invitation.id(), invitation.email(), invitation.role(), invitation.state(now),
                    invitation.invitedBy().value(), invitation.createdAt(), invitation.expiresAt(), acceptUrl);
        }
    }

    @Schema(description = "Whom to invite, and as what")
    record InvitationCreate(@NotBlank @Size(max = 254) String email, @NotNull Role role) {
    }

    @Schema(description = "A personal access token, without its secret")
    record TokenDto(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                    Instant revokedAt,
                    @Schema(description = "The secret; only in the response that created the token")
                    String secret) {
        static TokenDto of(AccessToken token, String secret) {
            return new TokenDto(token.id(), token.name(), token.prefix(), token.createdAt(), token.expiresAt(),
                    token.lastUsedAt(), token.revokedAt(), secret);
        }
    }

    @Schema(description = "A new token")
    record TokenCreate(@NotBlank @Size(max = 80) String name,
                       @Min(1) @Max(3650) @Schema(description = "Days until it expires; omit for no expiry")
                       Integer expiresInDays) {
    }
}
