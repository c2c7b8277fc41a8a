package dev.spotter.exercises;

/** A group an exercise suits especially well. */
public enum Population implements Labelled {
    YOUTH("Youth"),
    SENIOR("Senior");

    private final String label;

    Population(String label) {
        this.label = label;
    }

    /** How the value reads in the interface. */
    @Override
    public String label() {
        return label;
    }
}
