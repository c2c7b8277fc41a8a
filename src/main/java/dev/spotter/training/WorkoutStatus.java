package dev.spotter.training;

/** Whether a workout is being trained now or was finished. */
public enum WorkoutStatus {
    IN_PROGRESS, DONE
}
