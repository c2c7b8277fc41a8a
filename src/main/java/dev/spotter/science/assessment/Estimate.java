package dev.spotter.science.assessment;

/** What a test's equation estimates from the raw result, if anything; every estimate is better higher. */
public enum Estimate {
    NONE("", ""),
    VO2MAX("VO2max", "ml/kg/min"),
    PEAK_POWER("Peak power", "W"),
    ONE_REP_MAX("Estimated 1RM", "kg");

    private final String label;
    private final String unit;

    Estimate(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }
}
