package dev.spotter.programs.engine;

import java.util.List;

/** The checker's verdict on a program: its findings, errors first. */
public record CheckReport(List<Finding> findings) {

    public CheckReport {
        findings = findings.stream()
                .sorted((a, b) -> Boolean.compare(b.error(), a.error()))
                .toList();
    }

    /** Whether the program may be published without an override. */
    public boolean passed() {
        return errors().isEmpty();
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::error).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(finding -> !finding.error()).toList();
    }
}
