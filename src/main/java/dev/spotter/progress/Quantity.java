package dev.spotter.progress;

/** An amount as entered, in the unit it was entered in; converted to SI when it is recorded. */
public record Quantity(double amount, Unit unit) {

    public Quantity {
        if (unit == null) {
            throw new IllegalArgumentException("a quantity needs its unit");
        }
    }
}
