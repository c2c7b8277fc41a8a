package dev.spotter.progress;

import java.util.List;

/** A unit a measurement can be entered in, with its factor to the SI unit Spotter stores. */
public enum Unit {
    KG("kg", Dimension.MASS, 1),
    // The international avoirdupois pound, exactly 0.45359237 kg since 1959.
    LB("lb", Dimension.MASS, 0.45359237),
    M("m", Dimension.LENGTH, 1),
    CM("cm", Dimension.LENGTH, 0.01),
    // The international inch, exactly 2.54 cm.
    IN("in", Dimension.LENGTH, 0.0254),
    MM("mm", Dimension.SKINFOLD, 1);

    /** What a unit measures; a value is only ever converted within its dimension. */
    public enum Dimension {
        MASS, LENGTH, SKINFOLD
    }

    private final String symbol;
    private final Dimension dimension;
    private final double toSi;

    Unit(String symbol, Dimension dimension, double toSi) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.toSi = toSi;
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    public double toSi(double amount) {
        return amount * toSi;
    }

    public double fromSi(double si) {
        return si / toSi;
    }

    /** The other units of the same dimension, which a value entered in the wrong one may fit. */
    public List<Unit> siblings() {
        return java.util.Arrays.stream(values()).filter(u -> u != this && u.dimension == dimension).toList();
    }
}
