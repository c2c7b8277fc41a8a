package dev.spotter.training;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One session of a client's published program as they trained it: which session (week and place in the week),
 * when it started and finished, how hard it felt overall (session RPE, CR-10) and how long it took.
 */
public record Workout(UUID id, UUID clientId, UUID programId, int programVersion, int weekNumber, int sessionIndex,
                      String sessionName, int prescribedSets, WorkoutStatus status, Instant startedAt,
                      Instant finishedAt, Integer sessionRpe, Integer minutes, String notes, int setsDone) {

    public boolean done() {
        return status == WorkoutStatus.DONE;
    }

    /** Minutes from the start to {@code now}, rounded, 1 to {@link FinishWorkout#MAX_MINUTES}. */
    public int elapsedMinutes(Instant now) {
        return (int) Math.max(1, Math.min(FinishWorkout.MAX_MINUTES,
                Math.round(Duration.between(startedAt, now).toSeconds() / 60.0)));
    }

    /**
     * Session RPE times minutes, the session's internal load in arbitrary units (Foster et al., 2001, J Strength
     * Cond Res 15(1):109-115); null until both are known.
     */
    public Integer load() {
        return sessionRpe == null || minutes == null ? null : sessionRpe * minutes;
    }
}
