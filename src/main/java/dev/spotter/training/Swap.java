package dev.spotter.training;

import java.time.Instant;
import java.util.UUID;

/** An exercise trained in place of the prescribed one in a workout's slot, and why. */
public record Swap(UUID id, UUID workoutId, String slot, String fromExerciseId, String fromExerciseName,
                   String toExerciseId, String toExerciseName, SwapReason reason, String note, Instant swappedAt) {
}
