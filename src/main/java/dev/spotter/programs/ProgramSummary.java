package dev.spotter.programs;

import java.time.Instant;
import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.programs.engine.Specialisation;

/**
 * A program as lists show it: whose it is, its state and who published it, its current version and what the
 * checker found in that version when it was last checked, and its length. Templates have no client.
 */
public record ProgramSummary(UUID id, ProgramKind kind, UUID clientId, String clientName, String title,
                             Specialisation specialisation, ProgramStatus status, int currentVersion,
                             Integer publishedVersion, Instant publishedAt, MemberId publishedBy, String builtFrom,
                             long seed, int weeks, int daysPerWeek, int errors, int warnings, Instant createdAt,
                             Instant updatedAt) {

    public ProgramSummary withClientName(String name) {
        return new ProgramSummary(id, kind, clientId, name, title, specialisation, status, currentVersion,
                publishedVersion, publishedAt, publishedBy, builtFrom, seed, weeks, daysPerWeek, errors, warnings,
                createdAt, updatedAt);
    }

    public boolean template() {
        return kind == ProgramKind.TEMPLATE;
    }

    public boolean archived() {
        return status == ProgramStatus.ARCHIVED;
    }

    /** Whether the client sees an older version than the trainer is working on. */
    public boolean unpublishedChanges() {
        return status == ProgramStatus.PUBLISHED && publishedVersion != null && currentVersion > publishedVersion;
    }
}
