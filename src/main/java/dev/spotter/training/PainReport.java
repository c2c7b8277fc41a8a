package dev.spotter.training;

import java.time.Instant;
import java.util.UUID;

/**
 * A client's report of pain during a workout: how bad on a 0-10 scale, where, in which exercise, with the
 * condition Spotter suggests the coach record. While it is open (not resolved by a coach) the client's next
 * sessions avoid the movement pattern of the exercise that hurt.
 */
public record PainReport(UUID id, UUID clientId, UUID workoutId, String slot, String exerciseId,
                         String exerciseName, String pattern, int score, BodyRegion region, String side,
                         String note, String suggestedCondition, Instant reportedAt, Instant resolvedAt,
                         String resolution) {

    /** A score at or above this is severe: the coach is told to contact the client before the next session. */
    public static final int SEVERE = 7;

    public boolean open() {
        return resolvedAt == null;
    }

    public boolean severe() {
        return score >= SEVERE;
    }

    /** "Knee (left), 6/10 during Bulgarian split squat". */
    public String describe() {
        return region.label() + (side == null ? "" : " (" + side.toLowerCase(java.util.Locale.ROOT) + ")") + ", "
                + score + "/10" + (exerciseName == null ? "" : " during " + exerciseName);
    }
}
