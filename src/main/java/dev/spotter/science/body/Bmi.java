package dev.spotter.science.body;

/**
 * Body mass index, mass / height², with the WHO adult category; the cut-offs were set for adults, so under 18 the
 * index is still given but its category is {@link Category#NOT_APPLICABLE} (children need age- and sex-specific
 * references instead).
 */
public record Bmi(double value, Category category) {

    /** The age from which the WHO adult cut-offs apply. */
    public static final int ADULT_AGE = 18;

    /** The index and its category for a person of this mass (kg), height (m) and age (years). */
    public static Bmi of(double bodyMassKg, double heightM, int ageYears) {
        Measurement.Kind.BODY_MASS.require(bodyMassKg);
        Measurement.Kind.HEIGHT.require(heightM);
        if (ageYears < 2 || ageYears > 120) {
            throw new IllegalArgumentException("age must be between 2 and 120 years");
        }
        double value = bodyMassKg / (heightM * heightM);
        return new Bmi(value, ageYears < ADULT_AGE ? Category.NOT_APPLICABLE : Category.of(value));
    }

    /**
     * The WHO classification of adults by BMI (World Health Organization. Obesity: preventing and managing the
     * global epidemic. Report of a WHO consultation. WHO Technical Report Series 894. Geneva: WHO; 2000, Table
     * 2.1). The report prints the bands as 18.50-24.99, 25.00-29.99 and so on; Spotter keeps the index unrounded and
     * treats each lower limit as the start of its band.
     */
    public enum Category {
        UNDERWEIGHT("Underweight"),
        NORMAL("Normal range"),
        OVERWEIGHT("Overweight (pre-obese)"),
        OBESITY_CLASS_I("Obesity class I"),
        OBESITY_CLASS_II("Obesity class II"),
        OBESITY_CLASS_III("Obesity class III"),
        NOT_APPLICABLE("Not applicable under 18");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The adult category of an index. */
        public static Category of(double bmi) {
            if (!(bmi > 0)) {
                throw new IllegalArgumentException("BMI must be above 0");
            }
            if (bmi < 18.5) {
                return UNDERWEIGHT;
            }
            if (bmi < 25) {
                return NORMAL;
            }
            if (bmi < 30) {
                return OVERWEIGHT;
            }
            if (bmi < 35) {
                return OBESITY_CLASS_I;
            }
            if (bmi < 40) {
                return OBESITY_CLASS_II;
            }
            return OBESITY_CLASS_III;
        }
    }
}
