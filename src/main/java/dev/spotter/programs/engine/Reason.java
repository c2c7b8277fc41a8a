package dev.spotter.programs.engine;

/**
 * Why a prescription or program choice is what it is: the rule that produced it (a stable key such as
 * {@code dose.hypertrophy}), the reasoning in a trainer's words, and the published source behind it.
 */
public record Reason(String rule, String text, String source) {

    public Reason {
        if (rule == null || rule.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("A reason names its rule and says why");
        }
    }
}
