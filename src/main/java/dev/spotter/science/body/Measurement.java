package dev.spotter.science.body;

import java.math.BigDecimal;

/**
 * One body measurement in SI units, refused when it lies outside the range a living person can show, so a typo
 * (180 entered as metres, a waist in inches) never reaches an equation.
 *
 * <p>Lengths are metres and mass is kilograms; skinfolds are millimetres, the unit calipers read and the skinfold
 * equations take.
 */
public record Measurement(Kind kind, double value) {

    public Measurement {
        if (kind == null) {
            throw new IllegalArgumentException("a measurement needs a kind");
        }
        kind.require(value);
    }

    /** What was measured, with its unit and the human range Spotter accepts. */
    public enum Kind {
        BODY_MASS("body mass", "kg", 10, 350),
        HEIGHT("height", "m", 0.5, 2.5),
        NECK("neck circumference", "m", 0.2, 0.7),
        WAIST("waist circumference", "m", 0.4, 2.0),
        HIP("hip circumference", "m", 0.5, 2.0),
        CHEST("chest circumference", "m", 0.5, 2.0),
        ARM("arm circumference", "m", 0.15, 0.7),
        THIGH("thigh circumference", "m", 0.25, 1.2),
        CALF("calf circumference", "m", 0.2, 0.7),
        CHEST_SKINFOLD("chest skinfold", "mm", 1, 80),
        ABDOMEN_SKINFOLD("abdomen skinfold", "mm", 1, 80),
        THIGH_SKINFOLD("thigh skinfold", "mm", 1, 80),
        TRICEPS_SKINFOLD("triceps skinfold", "mm", 1, 80),
        SUPRAILIAC_SKINFOLD("suprailiac skinfold", "mm", 1, 80);

        private final String label;
        private final String unit;
        private final double min;
        private final double max;

        Kind(String label, String unit, double min, double max) {
            this.label = label;
            this.unit = unit;
            this.min = min;
            this.max = max;
        }

        public String label() {
            return label;
        }

        public String unit() {
            return unit;
        }

        public double min() {
            return min;
        }

        public double max() {
            return max;
        }

        /** The value itself when it is inside the human range, otherwise a refusal naming the field and range. */
        public double require(double value) {
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException(label + " must be between " + plain(min) + " and " + plain(max)
                        + " " + unit);
            }
            return value;
        }

        private static String plain(double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
    }
}
