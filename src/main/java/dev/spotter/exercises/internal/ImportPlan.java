package dev.spotter.exercises.internal;

import java.util.List;

import dev.spotter.exercises.Exercise;

/**
 * What an import would do, worked out before anything is written: each record's exercise and action, and the
 * values that had no exact Spotter equivalent. The preview shows it; applying it writes it in one transaction.
 */
public record ImportPlan(String format, String source, List<Entry> entries, List<String> unmapped) {

    /** What happens to one record. */
    public enum Action {
        CREATE, UPDATE, UNCHANGED, SKIP
    }

    /** One record of the file and its fate. */
    public record Entry(int record, int line, String sourceRef, Exercise exercise, Action action, String note) {
    }

    public ImportPlan {
        entries = List.copyOf(entries);
        unmapped = List.copyOf(unmapped);
    }

    public long count(Action action) {
        return entries.stream().filter(entry -> entry.action() == action).count();
    }
}
