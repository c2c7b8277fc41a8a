package dev.spotter.science.assessment;

import java.util.Optional;

import dev.spotter.science.body.Sex;

/**
 * Push-up test categories by age and sex from the Canadian Society for Exercise Physiology (The Canadian Physical
 * Activity, Fitness &amp; Lifestyle Approach (CPAFLA), 3rd ed. Ottawa: CSEP; 2003), as reproduced in ACSM's
 * Guidelines for Exercise Testing and Prescription, 10th ed. (2018), Table 4.11. Men do standard push-ups from the
 * toes, women from the knees; consecutive repetitions without a time limit. Ages 15 to 69.
 */
public final class PushUpNorms {

    public static final String SOURCE = "CSEP CPAFLA 3rd ed. (2003), in ACSM's Guidelines 10th ed., Table 4.11";

    private PushUpNorms() {
    }

    /** A CSEP category, best first. */
    public enum Category {
        EXCELLENT("Excellent"),
        VERY_GOOD("Very good"),
        GOOD("Good"),
        FAIR("Fair"),
        NEEDS_IMPROVEMENT("Needs improvement");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    // Fewest repetitions for excellent, very good, good and fair; fewer is "needs improvement". Rows are the age
    // groups 15-19, 20-29, 30-39, 40-49, 50-59 and 60-69.
    private static final int[][] MEN = {
            {39, 29, 23, 18},
            {36, 29, 22, 17},
            {30, 22, 17, 12},
            {25, 17, 13, 10},
            {21, 13, 10, 7},
            {18, 11, 8, 5},
    };
    private static final int[][] WOMEN = {
            {33, 25, 18, 12},
            {30, 21, 15, 10},
            {27, 20, 13, 8},
            {24, 15, 11, 5},
            {21, 11, 7, 2},
            {17, 12, 5, 2},
    };

    /** The category of a push-up count, or none outside ages 15 to 69. */
    public static Optional<Category> classify(Sex sex, int ageYears, int repetitions) {
        Input.REPETITIONS.require((double) repetitions);
        if (sex == null) {
            throw new IllegalArgumentException("the push-up norms need the client's sex");
        }
        if (ageYears < 15 || ageYears > 69) {
            return Optional.empty();
        }
        int row = ageYears <= 19 ? 0 : (ageYears - 20) / 10 + 1;
        int[] fewest = (sex == Sex.MALE ? MEN : WOMEN)[row];
        for (int i = 0; i < fewest.length; i++) {
            if (repetitions >= fewest[i]) {
                return Optional.of(Category.values()[i]);
            }
        }
        return Optional.of(Category.NEEDS_IMPROVEMENT);
    }
}
