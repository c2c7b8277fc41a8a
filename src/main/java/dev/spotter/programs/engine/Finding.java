package dev.spotter.programs.engine;

/**
 * One thing the checker found: how serious it is, the rule (a stable key), what is wrong in plain words, and
 * where (week and session index from 1, and the prescription slot; null when it is about the whole program).
 * An error stops publishing unless the trainer overrides it with a recorded reason.
 */
public record Finding(Severity severity, String rule, String message, Integer week, Integer session, String slot) {

    /** How serious a finding is. */
    public enum Severity {
        ERROR, WARNING
    }

    public static Finding error(String rule, String message) {
        return new Finding(Severity.ERROR, rule, message, null, null, null);
    }

    public static Finding warning(String rule, String message) {
        return new Finding(Severity.WARNING, rule, message, null, null, null);
    }

    public Finding at(Integer weekNumber, Integer sessionIndex, String slotName) {
        return new Finding(severity, rule, message, weekNumber, sessionIndex, slotName);
    }

    public boolean error() {
        return severity == Severity.ERROR;
    }
}
