package dev.spotter.science.assessment;

import java.util.Optional;

import dev.spotter.science.body.Sex;

/**
 * Ratings of the one-minute recovery heart rate after the YMCA 3-minute step test (12-inch step, 96 beats/min), by
 * sex and age, from the YMCA norms (Golding LA (ed). YMCA Fitness Testing and Assessment Manual, 4th ed. Champaign,
 * IL: Human Kinetics; 2000; first published in Golding LA, Myers CR, Sinning WE. Y's Way to Physical Fitness, 3rd ed.
 * 1989).
 *
 * <p>The manual prints each rating as a range of observed rates with gaps between them (men 18-25: excellent 50-76,
 * good 79-84, ...). Spotter keeps each rating's top rate: a rate above one rating's range and below the next is
 * given the next, lower rating, since it did not reach the better one. Rates above "poor" are "very poor".
 */
public final class YmcaStepTest {

    public static final String SOURCE = "YMCA Fitness Testing and Assessment Manual, 4th ed. (Golding 2000), "
            + "3-minute step test ratings";

    private YmcaStepTest() {
    }

    /** A YMCA rating, best first. */
    public enum Category {
        EXCELLENT("Excellent"),
        GOOD("Good"),
        ABOVE_AVERAGE("Above average"),
        AVERAGE("Average"),
        BELOW_AVERAGE("Below average"),
        POOR("Poor"),
        VERY_POOR("Very poor");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    // Top heart rate of excellent, good, above average, average, below average and poor; rows are the age groups
    // 18-25, 26-35, 36-45, 46-55, 56-65 and over 65.
    private static final int[][] MEN = {
            {76, 84, 93, 100, 107, 119},
            {76, 85, 94, 102, 110, 121},
            {76, 88, 92, 105, 113, 124},
            {82, 93, 101, 111, 119, 126},
            {77, 94, 100, 109, 117, 128},
            {81, 92, 102, 110, 118, 126},
    };
    private static final int[][] WOMEN = {
            {81, 93, 102, 110, 120, 131},
            {80, 92, 101, 110, 119, 129},
            {84, 96, 104, 112, 120, 132},
            {91, 101, 110, 118, 124, 132},
            {92, 103, 111, 118, 127, 135},
            {92, 101, 111, 121, 126, 133},
    };

    /** The rating of a one-minute recovery heart rate, or none under 18, where the YMCA table has no row. */
    public static Optional<Category> classify(Sex sex, int ageYears, int recoveryHeartRateBpm) {
        Input.HEART_RATE_BPM.require((double) recoveryHeartRateBpm);
        if (sex == null) {
            throw new IllegalArgumentException("the YMCA norms need the client's sex");
        }
        if (ageYears < 18) {
            return Optional.empty();
        }
        int row = ageYears <= 25 ? 0 : Math.min(5, (ageYears - 26) / 10 + 1);
        int[] tops = (sex == Sex.MALE ? MEN : WOMEN)[row];
        for (int i = 0; i < tops.length; i++) {
            if (recoveryHeartRateBpm <= tops[i]) {
                return Optional.of(Category.values()[i]);
            }
        }
        return Optional.of(Category.VERY_POOR);
    }
}
