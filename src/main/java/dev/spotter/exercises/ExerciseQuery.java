package dev.spotter.exercises;

import java.util.Set;

/**
 * A search of a studio's library: typed text (prefix and fuzzy matching) and filters. Null means "any";
 * {@code equipment} finds exercises that use it, {@code available} those that need nothing else.
 */
public record ExerciseQuery(String text, Pattern pattern, Modality modality, Muscle muscle, Equipment equipment,
                            Set<Equipment> available, Level level, Set<SafetyTag> excludedTags,
                            Exercise.Origin origin) {

    public ExerciseQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        excludedTags = excludedTags == null ? Set.of() : Set.copyOf(excludedTags);
        available = available == null ? null : Set.copyOf(available);
    }
}
