package dev.spotter.training;

import java.util.List;

import dev.spotter.programs.engine.Session;
import dev.spotter.science.PersonalRecords;

/**
 * A workout with the session as it was trained (swaps made), every set logged in it, the coach's comments, the
 * swaps and pain reports, the personal records it set, and its estimated energy cost ({@code kcal} null when the
 * client's body mass is unknown).
 */
public record WorkoutFile(Workout workout, Session session, List<LoggedSet> sets, List<WorkoutComment> comments,
                          List<Swap> swaps, List<PainReport> pain, List<PersonalRecords.PersonalRecord> records,
                          Long kcal) {
}
