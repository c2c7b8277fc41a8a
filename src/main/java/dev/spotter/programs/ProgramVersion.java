package dev.spotter.programs;

import java.time.Instant;
import java.util.List;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.programs.engine.Finding;
import dev.spotter.programs.engine.Program;

/**
 * One stored version of a program: the whole program, what the checker found when it was last checked, what
 * changed in words, and the reason a trainer gave for publishing it despite errors.
 */
public record ProgramVersion(int version, Program body, int errors, int warnings, List<Finding> findings,
                             String note, String overrideReason, MemberId createdBy, Instant createdAt) {

    public ProgramVersion {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
