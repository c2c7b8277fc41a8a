package dev.spotter.training;

import java.util.List;

import dev.spotter.programs.engine.Session;

/** A workout with the session it was started from, every set logged in it, and the coach's comments. */
public record WorkoutFile(Workout workout, Session session, List<LoggedSet> sets, List<WorkoutComment> comments) {
}
