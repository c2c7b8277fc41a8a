package dev.spotter.scheduling.solver;

/**
 * A hard rule that no timetable can keep, found before solving: {@code constraint} is the name of the rule in
 * {@link TimetableConstraints}, {@code reason} says why ("No trainer is qualified to lead Aqua").
 */
public record Impossibility(String constraint, String reason) {
}
