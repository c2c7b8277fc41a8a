package dev.spotter.training;

import java.time.Instant;
import java.util.UUID;

/** A coach's note on a workout, shown to the client. */
public record WorkoutComment(UUID id, UUID workoutId, String author, String body, Instant createdAt) {

    public static final int MAX_LENGTH = 1000;
}
