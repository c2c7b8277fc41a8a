package dev.spotter.exercises;

/** What kind of training an exercise is. */
public enum Modality implements Labelled {
    STRENGTH("Strength"),
    CARDIO("Cardio"),
    MOBILITY("Mobility and stretching"),
    PLYOMETRIC("Plyometric"),
    BALANCE("Balance"),
    POWER("Power");

    private final String label;

    Modality(String label) {
        this.label = label;
    }

    /** How the value reads in the interface. */
    @Override
    public String label() {
        return label;
    }
}
