package dev.spotter.clients;

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
}
