package dev.spotter.platform.tenancy;

/** How a person prefers to read quantities; Spotter stores SI and converts at the edges. */
public enum Units {
    METRIC("Metric (kg, cm, km)"),
    IMPERIAL("Imperial (lb, in, mi)");

    private final String label;

    Units(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
