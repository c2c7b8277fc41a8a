package dev.spotter.programs;

import java.time.Instant;

import dev.spotter.platform.tenancy.MemberId;

/** A line of a program's history: the version, what changed, who changed it, and the checker's counts. */
public record VersionEntry(int version, String note, int errors, int warnings, String overrideReason,
                           MemberId createdBy, String author, Instant createdAt) {

    public VersionEntry withAuthor(String name) {
        return new VersionEntry(version, note, errors, warnings, overrideReason, createdBy, name, createdAt);
    }
}
