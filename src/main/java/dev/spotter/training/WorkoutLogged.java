package dev.spotter.training;

import java.util.UUID;

import dev.spotter.platform.tenancy.StudioId;

/** A client finished a workout: which session of which program, and its session load (RPE x minutes). */
public record WorkoutLogged(StudioId studioId, UUID workoutId, UUID clientId, UUID programId, int weekNumber,
                            int sessionIndex, Integer load) {
}
