package dev.spotter.clients;

import dev.spotter.exercises.Level;

/** How long and how seriously a client has trained before. */
public enum Experience {
    NONE("New to training"), BEGINNER("Beginner (under a year)"), INTERMEDIATE("Intermediate (1-3 years)"),
    ADVANCED("Advanced (3+ years)");

    private final String label;

    Experience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The exercise level this experience trains at: anyone under a year trains at beginner level. */
    public Level level() {
        return switch (this) {
            case NONE, BEGINNER -> Level.BEGINNER;
            case INTERMEDIATE -> Level.INTERMEDIATE;
            case ADVANCED -> Level.ADVANCED;
        };
    }
}
