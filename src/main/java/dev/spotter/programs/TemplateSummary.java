package dev.spotter.programs;

import java.time.Instant;

import dev.spotter.programs.engine.Specialisation;

/**
 * A template a trainer can apply to a client: one the studio saved (its id is the program's id) or one of
 * Spotter's built-in archetypes (ids start with {@code builtin:}).
 */
public record TemplateSummary(String id, String title, String description, Specialisation specialisation,
                              int weeks, int daysPerWeek, boolean builtIn, Instant updatedAt) {
}
