package dev.spotter.science.assessment;

import java.math.BigDecimal;

/**
 * A value a test form asks for, in SI units (metres, seconds, kilograms), with the range a person can produce so
 * that a slip of the keyboard is refused with the field's name rather than rated.
 */
public enum Input {
    DISTANCE_M("distance", "m", 1, 10_000, false),
    TIME_S("time", "s", 1, 7_200, false),
    HEART_RATE_BPM("heart rate", "beats/min", 25, 250, true),
    SYSTOLIC_MMHG("systolic pressure", "mmHg", 60, 300, true),
    DIASTOLIC_MMHG("diastolic pressure", "mmHg", 30, 200, true),
    BODY_MASS_KG("body mass", "kg", 10, 350, false),
    HEIGHT_M("height", "m", 0.5, 2.5, false),
    REPETITIONS("repetitions", "reps", 0, 1_000, true),
    LOAD_KG("load", "kg", 0.5, 1_000, false),
    /** A signed reach: negative when the fingers stop short of the toes (or of each other). */
    REACH_M("reach", "m", -0.7, 0.8, false),
    LEFT_REACH_M("reach on the left side", "m", -0.7, 0.8, false),
    RIGHT_REACH_M("reach on the right side", "m", -0.7, 0.8, false),
    JUMP_HEIGHT_M("jump height", "m", 0.01, 1.5, false),
    VO2MAX("VO2max", "ml/kg/min", 5, 95, false),
    BODY_FAT_PERCENT("body fat", "%", 2, 70, false);

    private final String label;
    private final String unit;
    private final double min;
    private final double max;
    private final boolean whole;

    Input(String label, String unit, double min, double max, boolean whole) {
        this.label = label;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.whole = whole;
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

    /** Whether the value is a count (repetitions, beats) that a form should take as a whole number. */
    public boolean whole() {
        return whole;
    }

    /** The value itself when it is possible for this field, otherwise a refusal naming the field and range. */
    public double require(Double value) {
        if (value == null) {
            throw new IllegalArgumentException(label + " is required");
        }
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(label + " must be between " + plain(min) + " and " + plain(max)
                    + " " + unit);
        }
        if (whole && value != Math.rint(value)) {
            throw new IllegalArgumentException(label + " must be a whole number");
        }
        return value;
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
