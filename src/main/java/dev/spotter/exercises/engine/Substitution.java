package dev.spotter.exercises.engine;

import java.util.List;
import java.util.Set;

import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.SafetyTag;

/**
 * The answer to "what can this client do instead?": ranked alternatives, whether the original itself is safe
 * for them, and, when nothing safe exists, an explanation of what ruled the candidates out.
 */
public record Substitution(Exercise original, Set<SafetyTag> originalConflicts, boolean originalFeasible,
                           List<Alternative> alternatives, String explanation) {

    public Substitution {
        originalConflicts = Set.copyOf(originalConflicts);
        alternatives = List.copyOf(alternatives);
    }

    /** Whether the client can do the original exercise as it is. */
    public boolean originalSafe() {
        return originalConflicts.isEmpty() && originalFeasible;
    }

    public boolean found() {
        return !alternatives.isEmpty();
    }
}
