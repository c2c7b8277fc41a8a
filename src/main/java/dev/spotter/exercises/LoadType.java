package dev.spotter.exercises;

/** How an exercise's dose is measured. */
public enum LoadType implements Labelled {
    EXTERNAL("External load"),
    BODYWEIGHT("Body weight"),
    TIME("Time"),
    DISTANCE("Distance");

    private final String label;

    LoadType(String label) {
        this.label = label;
    }

    /** How the value reads in the interface. */
    @Override
    public String label() {
        return label;
    }
}
