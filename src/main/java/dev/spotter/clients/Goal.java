package dev.spotter.clients;

/** What a client wants from training. */
public enum Goal {
    WEIGHT_LOSS("Weight loss"),
    MUSCLE_GAIN("Muscle gain"),
    STRENGTH("Strength"),
    CARDIOVASCULAR_HEALTH("Cardiovascular health"),
    MOBILITY("Mobility"),
    SPORT_PERFORMANCE("Sport performance"),
    GENERAL_HEALTH("General health");

    private final String label;

    Goal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
