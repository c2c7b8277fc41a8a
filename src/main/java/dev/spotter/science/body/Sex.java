package dev.spotter.science.body;

/** The sex a published equation or norm table was fitted to; the tables are split into men and women. */
public enum Sex {
    MALE("male"),
    FEMALE("female");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
