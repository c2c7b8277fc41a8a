package dev.spotter.studios.internal;

import java.time.Instant;
import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;

/** A personal access token as stored: its name and prefix for recognition, never the secret itself. */
public record AccessToken(StudioId studioId, UUID id, MemberId memberId, String name, String prefix,
                          Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {
}
