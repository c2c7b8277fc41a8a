package dev.spotter.training;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.spotter.programs.PublishedProgram;
import dev.spotter.programs.engine.Prescription;
import dev.spotter.programs.engine.Session;
import dev.spotter.science.MassUnit;
import dev.spotter.training.engine.Performance;
import dev.spotter.training.engine.PlanPosition;

/**
 * What a client trains today: the next session of their published program not yet done (or the workout they
 * have open), the sets already logged in it, the sets of each exercise the last time they did it, and their
 * latest finished workouts with their coach's notes on them; the load suggested for each loaded exercise, warnings
 * about movements that hurt, the swaps and pain reports of the open workout, and the unit the client reads loads
 * in and the studio's time zone. {@code published}
 * is null when no program is published for them; {@code position} is null when the whole plan is done.
 */
public record Today(PublishedProgram published, PlanPosition position, Session session, Workout workout,
                    List<LoggedSet> sets, Map<String, List<LoggedSet>> previous, int sessionsDone,
                    List<Workout> recent, Map<UUID, List<WorkoutComment>> comments,
                    Map<String, LoadSuggestion> suggestions, Map<String, String> cautions, List<Swap> swaps,
                    List<PainReport> pain, MassUnit unit, ZoneId zone) {

    /** Today for a client without a program, or with every session done. */
    static Today without(PublishedProgram published, int sessionsDone, List<Workout> recent,
                         Map<UUID, List<WorkoutComment>> comments, MassUnit unit, ZoneId zone) {
        return new Today(published, null, null, null, List.of(), Map.of(), sessionsDone, recent, comments, Map.of(),
                Map.of(), List.of(), List.of(), unit, zone);
    }

    /** The load Spotter suggests for the exercise in this slot today, or null. */
    public LoadSuggestion suggestion(String slot) {
        return suggestions.get(slot);
    }

    /** A warning about a movement the client reported as painful that could not be swapped, or null. */
    public String caution(String slot) {
        return cautions.get(slot);
    }

    /** The swaps made in this slot of the open workout, oldest first. */
    public List<Swap> swaps(String slot) {
        return swaps.stream().filter(swap -> swap.slot().equals(slot)).toList();
    }

    /** The pain reports the client made in this slot of the open workout. */
    public List<PainReport> pain(String slot) {
        return pain.stream().filter(report -> slot.equals(report.slot())).toList();
    }

    /** The coach's notes on one of the recent workouts. */
    public List<WorkoutComment> comments(Workout workout) {
        return comments.getOrDefault(workout.id(), List.of());
    }

    /** Where the client stands. */
    public enum State {
        NO_PROGRAM, READY, IN_PROGRESS, COMPLETE
    }

    public State state() {
        if (published == null) {
            return State.NO_PROGRAM;
        }
        if (workout != null) {
            return State.IN_PROGRESS;
        }
        return position == null ? State.COMPLETE : State.READY;
    }

    /** "3 x 10 @ 40 kg": what the client did last time for the exercise, in their unit, or null the first time. */
    public String lastTime(String exerciseId) {
        return Performance.describe(previous.get(exerciseId), unit);
    }

    /** The set with this number the last time the client did the exercise, or null. */
    public LoggedSet previous(String exerciseId, int setNumber) {
        List<LoggedSet> sets = previous.getOrDefault(exerciseId, List.of());
        return sets.stream().filter(set -> set.setNumber() == setNumber).findFirst()
                .orElse(sets.isEmpty() ? null : sets.get(sets.size() - 1));
    }

    /** The set logged for a prescription with this number, or null. */
    public LoggedSet logged(Prescription item, int setNumber) {
        return sets.stream().filter(set -> set.slot().equals(item.slot()) && set.setNumber() == setNumber)
                .findFirst().orElse(null);
    }
}
