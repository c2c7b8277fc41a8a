package dev.spotter.exercises;

/** How much training experience an exercise asks for. */
public enum Level implements Labelled {
    BEGINNER("Beginner"),
    INTERMEDIATE("Intermediate"),
    ADVANCED("Advanced");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** How the value reads in the interface. */
    @Override
    public String label() {
        return label;
    }
}
