package dev.spotter.science;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which personal records a session sets against the client's earlier sessions: best estimated 1RM, most
 * repetitions at a load, and most volume in one session, for each exercise.
 *
 * <p>A record needs something to beat, so the first time an exercise is logged it sets the baseline and no
 * record. A repetition record at a load means more repetitions than ever done at that load or heavier, earlier or
 * that day (ten at 100 kg is no record after ten at 105 kg); a load heavier than any before sets one with whatever
 * it took. The
 * estimated 1RM is Epley's, from sets of at most {@link OneRepMax#MAX_REPS} repetitions.
 */
public final class PersonalRecords {

    private static final double SAME_LOAD_KG = 0.001;

    private PersonalRecords() {
    }

    /** A kind of personal record. */
    public enum Kind {
        ESTIMATED_1RM("Best estimated 1RM"),
        REPS_AT_LOAD("Most reps at a load"),
        SESSION_VOLUME("Most volume in a session");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A record a session set: the new best and the one it beat; {@code loadKg} is the load of the set behind it
     * (for a volume record, the session's heaviest load).
     */
    public record PersonalRecord(Kind kind, String exerciseId, LocalDate date, double value, double previous,
                                 double loadKg) {
    }

    /** The records set by the new session's exposures, given the client's earlier exposures of any exercises. */
    public static List<PersonalRecord> setBy(Collection<Exposure> session, Collection<Exposure> history) {
        List<PersonalRecord> records = new ArrayList<>();
        for (Exposure exposure : session) {
            List<Exposure> earlier = history.stream()
                    .filter(past -> past.exerciseId().equals(exposure.exerciseId()))
                    .toList();
            if (!earlier.isEmpty()) {
                records.addAll(setBy(exposure, earlier));
            }
        }
        return List.copyOf(records);
    }

    private static List<PersonalRecord> setBy(Exposure exposure, List<Exposure> earlier) {
        List<PersonalRecord> records = new ArrayList<>();
        String exercise = exposure.exerciseId();
        LocalDate date = exposure.date();

        double previousBest = earlier.stream().mapToDouble(Exposure::bestEstimated1RmKg).max().orElse(0);
        LoggedSet strongest = null;
        for (LoggedSet set : exposure.sets()) {
            if (set.loadKg() > 0 && set.reps() <= OneRepMax.MAX_REPS
                    && (strongest == null || estimate(set) > estimate(strongest))) {
                strongest = set;
            }
        }
        if (strongest != null && estimate(strongest) > previousBest + 1e-9) {
            records.add(new PersonalRecord(Kind.ESTIMATED_1RM, exercise, date, estimate(strongest), previousBest,
                    strongest.loadKg()));
        }

        for (Map.Entry<Double, Integer> best : mostRepsByLoad(exposure).entrySet()) {
            double load = best.getKey();
            boolean outdoneThatDay = exposure.sets().stream()
                    .anyMatch(set -> set.loadKg() > load + SAME_LOAD_KG && set.reps() >= best.getValue());
            if (outdoneThatDay) {
                continue;
            }
            int previous = earlier.stream().flatMap(past -> past.sets().stream())
                    .filter(set -> set.loadKg() >= load - SAME_LOAD_KG)
                    .mapToInt(LoggedSet::reps).max().orElse(0);
            if (best.getValue() > previous) {
                records.add(new PersonalRecord(Kind.REPS_AT_LOAD, exercise, date, best.getValue(), previous, load));
            }
        }

        double previousVolume = earlier.stream().mapToDouble(Exposure::volumeKg).max().orElse(0);
        if (exposure.volumeKg() > previousVolume + 1e-9) {
            records.add(new PersonalRecord(Kind.SESSION_VOLUME, exercise, date, exposure.volumeKg(), previousVolume,
                    exposure.topLoadKg()));
        }
        return records;
    }

    private static Map<Double, Integer> mostRepsByLoad(Exposure exposure) {
        Map<Double, Integer> most = new TreeMap<>();
        for (LoggedSet set : exposure.sets()) {
            most.merge(set.loadKg(), set.reps(), Math::max);
        }
        return most;
    }

    private static double estimate(LoggedSet set) {
        return OneRepMax.estimate(set.loadKg(), set.reps());
    }
}
