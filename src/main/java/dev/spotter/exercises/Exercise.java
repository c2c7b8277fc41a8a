package dev.spotter.exercises;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An exercise as a trainer and the engines see it: what it trains, what it needs, what it asks of the body, and
 * how to coach it. Built-in exercises come from Spotter's library; a studio adds its own and overrides built-ins.
 */
public record Exercise(
        String id,
        String name,
        List<String> aliases,
        String summary,
        Modality modality,
        Pattern pattern,
        Set<Muscle> primary,
        Set<Muscle> secondary,
        Set<Equipment> equipment,
        Level level,
        boolean unilateral,
        LoadType load,
        Set<SafetyTag> tags,
        boolean tagsReviewed,
        Set<Population> populations,
        String setup,
        List<String> cues,
        List<String> mistakes,
        String breathing,
        String safety,
        List<String> regressions,
        List<String> progressions,
        Met met,
        Origin origin,
        String source,
        String sourceRef) {

    /** Where an exercise in a studio's library comes from. */
    public enum Origin {
        /** Spotter's own library, shared by every studio. */
        BUILT_IN,
        /** A built-in exercise the studio edited; the studio sees its version. */
        OVERRIDE,
        /** Written by the studio. */
        CUSTOM,
        /** Brought in from a file (free-exercise-db JSON or Spotter CSV). */
        IMPORTED
    }

    /**
     * Energy cost from the 2011 Compendium of Physical Activities (Ainsworth BE et al., Med Sci Sports Exerc
     * 2011;43(8):1575-81): the activity code and its MET value.
     */
    public record Met(String code, double value) {

        public Met {
            Objects.requireNonNull(code, "code");
            if (!(value > 0 && value <= 25)) {
                throw new IllegalArgumentException("MET value out of range: " + value);
            }
            // Stored with one decimal, as the Compendium publishes it.
            value = Math.round(value * 10) / 10.0;
        }
    }

    public Exercise {
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        primary = Set.copyOf(primary == null ? Set.of() : primary);
        secondary = Set.copyOf(secondary == null ? Set.of() : secondary);
        equipment = Set.copyOf(equipment == null || equipment.isEmpty() ? Set.of(Equipment.NONE) : equipment);
        tags = Set.copyOf(tags == null ? Set.of() : tags);
        populations = Set.copyOf(populations == null ? Set.of() : populations);
        cues = List.copyOf(cues == null ? List.of() : cues);
        mistakes = List.copyOf(mistakes == null ? List.of() : mistakes);
        regressions = List.copyOf(regressions == null ? List.of() : regressions);
        progressions = List.copyOf(progressions == null ? List.of() : progressions);
    }

    /** Whether the exercise needs nothing the given equipment lacks (NONE is always available). */
    public boolean feasibleWith(Set<Equipment> available) {
        return equipment.stream().allMatch(item -> item == Equipment.NONE || available.contains(item));
    }

    public boolean builtIn() {
        return origin == Origin.BUILT_IN;
    }
}
