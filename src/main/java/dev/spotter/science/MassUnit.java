package dev.spotter.science;

/** The unit a studio's weights are marked in; Spotter stores kilograms and converts at the edges. */
public enum MassUnit {
    KG("kg", 1.0),
    // The international avoirdupois pound, defined as exactly 0.45359237 kg since 1959.
    LB("lb", 0.45359237);

    private final String symbol;
    private final double kilograms;

    MassUnit(String symbol, double kilograms) {
        this.symbol = symbol;
        this.kilograms = kilograms;
    }

    public String symbol() {
        return symbol;
    }

    public double toKg(double amount) {
        return amount * kilograms;
    }

    public double fromKg(double kg) {
        return kg / kilograms;
    }
}
