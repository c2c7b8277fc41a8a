package dev.spotter.science;

import java.time.LocalDate;
import java.util.List;

/** One exercise on one training day: the sets the client logged for it, in the order they were done. */
public record Exposure(LocalDate date, String exerciseId, List<LoggedSet> sets) {

    public Exposure {
        if (date == null) {
            throw new IllegalArgumentException("an exposure needs a date");
        }
        if (exerciseId == null || exerciseId.isBlank()) {
            throw new IllegalArgumentException("an exposure needs an exercise");
        }
        if (sets == null || sets.isEmpty() || sets.size() > 100) {
            throw new IllegalArgumentException("an exposure needs between 1 and 100 sets");
        }
        sets = List.copyOf(sets);
    }

    public static Exposure of(LocalDate date, String exerciseId, LoggedSet... sets) {
        return new Exposure(date, exerciseId, List.of(sets));
    }

    /** The heaviest load of the day. */
    public double topLoadKg() {
        return sets.stream().mapToDouble(LoggedSet::loadKg).max().orElseThrow();
    }

    /** The working sets: those at the day's heaviest load, so that logged warm-ups do not count against progress. */
    public List<LoggedSet> workingSets() {
        double top = topLoadKg();
        return sets.stream().filter(set -> set.loadKg() >= top - 1e-9).toList();
    }

    /** Sum of load times repetitions over every set. */
    public double volumeKg() {
        return sets.stream().mapToDouble(LoggedSet::volumeKg).sum();
    }

    /** The highest Epley estimate of the day, from sets of at most {@link OneRepMax#MAX_REPS} repetitions. */
    public double bestEstimated1RmKg() {
        return sets.stream()
                .filter(set -> set.loadKg() > 0 && set.reps() <= OneRepMax.MAX_REPS)
                .mapToDouble(set -> OneRepMax.estimate(set.loadKg(), set.reps()))
                .max().orElse(0);
    }
}
