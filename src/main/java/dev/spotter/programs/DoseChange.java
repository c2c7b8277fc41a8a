package dev.spotter.programs;

import dev.spotter.programs.engine.LoadRule;

/**
 * A new dose for one prescription: sets; reps (low and high), a time in seconds or a distance in metres; the load
 * rule's kind and range; rest in seconds; tempo; and the coach's notes. The book checks every field.
 */
public record DoseChange(Integer sets, Integer repsLow, Integer repsHigh, Integer seconds, Integer metres,
                         LoadRule.Kind loadKind, Double loadLow, Double loadHigh, Integer restSeconds, String tempo,
                         String notes) {
}
