package dev.spotter.exercises.engine;

import dev.spotter.exercises.Exercise;

/** A safe substitute with how well it matches (higher is closer) and why it was chosen, in a trainer's words. */
public record Alternative(Exercise exercise, int score, String reason) {
}
