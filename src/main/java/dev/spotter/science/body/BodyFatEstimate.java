package dev.spotter.science.body;

/** An estimated body-fat percentage together with the equation that produced it and the body density it used. */
public record BodyFatEstimate(double percentFat, double bodyDensity, BodyFatEquation equation) {

    public BodyFatEstimate {
        if (equation == null) {
            throw new IllegalArgumentException("an estimate names its equation");
        }
        if (!Double.isFinite(percentFat) || !Double.isFinite(bodyDensity)) {
            throw new IllegalArgumentException("an estimate needs a finite per cent fat and density");
        }
    }

    /** The fat mass this percentage means for a body of the given mass. */
    public double fatMassKg(double bodyMassKg) {
        return Measurement.Kind.BODY_MASS.require(bodyMassKg) * percentFat / 100;
    }
}
