package dev.spotter.clients;

/** The hardest a client may currently train, as set by screening, clearance and conditions. */
public enum IntensityCeiling {
    /** No exercise until a clinician clears the client. */
    NONE("No exercise until cleared"),
    /** Light to moderate: up to about 64 % of heart-rate reserve, RPE up to 13 on the 6-20 scale. */
    LIGHT_TO_MODERATE("Light to moderate"),
    /** Moderate: 40-59 % of heart-rate reserve, RPE 12-13. */
    MODERATE("Up to moderate"),
    /** Vigorous work allowed, progressing gradually. */
    VIGOROUS("Vigorous allowed");

    private final String label;

    IntensityCeiling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower of two ceilings. */
    public IntensityCeiling min(IntensityCeiling other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
