package dev.spotter.training;

import java.util.List;

import dev.spotter.programs.engine.Session;

/** A workout with the session it was started from and every set logged in it. */
public record WorkoutFile(Workout workout, Session session, List<LoggedSet> sets) {
}
