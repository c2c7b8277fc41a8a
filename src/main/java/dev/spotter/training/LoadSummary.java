package dev.spotter.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.Set;

import dev.spotter.science.TrainingLoad;

/**
 * A client's training load as their coach reads it on a day: the week's session-RPE load, monotony and strain, the
 * change on the week before, both acute:chronic ratios, and the flags to look at. Ratios stay empty until there are
 * 28 days of sessions, so a new client is never flagged for starting.
 */
public record LoadSummary(LocalDate day, double weekly, Double monotony, Double strain, Double weekChange,
                          Double rollingAcwr, Double ewmaAcwr, Set<TrainingLoad.Flag> flags) {

    public LoadSummary {
        flags = Set.copyOf(flags);
    }

    /** The summary on {@code today} of the sessions logged so far; null when there are none. */
    static LoadSummary of(Collection<TrainingLoad.Session> sessions, LocalDate today) {
        LocalDate first = sessions.stream().map(TrainingLoad.Session::date).min(Comparator.naturalOrder())
                .orElse(null);
        if (first == null || first.isAfter(today)) {
            return null;
        }
        TrainingLoad load = TrainingLoad.of(sessions, first, today);
        return new LoadSummary(today, load.weekly(today), boxed(load.monotony(today)), boxed(load.strain(today)),
                boxed(load.weekOverWeekChange(today)), boxed(load.rollingAcwr(today)), boxed(load.ewmaAcwr(today)),
                load.flags(today));
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
