package dev.spotter.science.assessment;

import java.util.Optional;

import dev.spotter.science.body.Sex;

/**
 * The Senior Fitness Test's normal ranges: the middle half (25th to 75th percentile) of 7,183 community-residing
 * Americans aged 60 to 94, by five-year age group and sex (Rikli RE, Jones CJ. Functional fitness normative scores
 * for community-residing older adults, ages 60-94. J Aging Phys Act 1999;7(2):162-81; printed as the "normal range of
 * scores" in Rikli RE, Jones CJ. Senior Fitness Test Manual. Champaign, IL: Human Kinetics; 2001, 2nd ed. 2013, and
 * in Jones CJ, Rikli RE. Measuring functional fitness of older adults. J Active Aging 2002;1(2):24-30).
 *
 * <p>The tables are kept in the units they were published in (yards, inches, seconds) so that they can be checked
 * against the page; results arrive in SI and are converted here. For the men's 8-foot up-and-go the reproductions
 * Spotter could check disagree for the 65-69, 70-74 and 85-89 groups, so those groups have no range rather than a
 * doubtful one.
 */
public final class SeniorFitnessTest {

    public static final String SOURCE = "Rikli & Jones, Senior Fitness Test Manual (2001/2013), normal range of "
            + "scores (25th-75th percentile; J Aging Phys Act 1999;7:162-81)";

    private static final double METRES_PER_YARD = 0.9144;
    private static final double METRES_PER_INCH = 0.0254;

    private SeniorFitnessTest() {
    }

    /** Where a result lies against the normal range; for the up-and-go a lower time is the better side. */
    public enum Band {
        BELOW_NORMAL_RANGE("Below normal range"),
        WITHIN_NORMAL_RANGE("Within normal range"),
        ABOVE_NORMAL_RANGE("Above normal range");

        private final String label;

        Band(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One of the seven test items, with its published normal ranges (rows 60-64 ... 90-94). */
    public enum Item {
        /** Stands in 30 seconds, arms folded. */
        CHAIR_STAND(1, Direction.HIGHER_IS_BETTER,
                new double[][]{{14, 19}, {12, 18}, {12, 17}, {11, 17}, {10, 15}, {8, 14}, {7, 12}},
                new double[][]{{12, 17}, {11, 16}, {10, 15}, {10, 15}, {9, 14}, {8, 13}, {4, 11}}),
        /** Curls in 30 seconds, 8 lb (men) or 5 lb (women). */
        ARM_CURL(1, Direction.HIGHER_IS_BETTER,
                new double[][]{{16, 22}, {15, 21}, {14, 21}, {13, 19}, {13, 19}, {11, 17}, {10, 14}},
                new double[][]{{13, 19}, {12, 18}, {12, 17}, {11, 17}, {10, 16}, {10, 15}, {8, 13}}),
        /** Yards walked in 6 minutes; results in metres. */
        SIX_MINUTE_WALK(METRES_PER_YARD, Direction.HIGHER_IS_BETTER,
                new double[][]{{610, 735}, {560, 700}, {545, 680}, {470, 640}, {445, 605}, {380, 570}, {305, 500}},
                new double[][]{{545, 660}, {500, 635}, {480, 615}, {435, 585}, {385, 540}, {340, 510}, {275, 440}}),
        /** Right-knee lifts in 2 minutes of stepping in place. */
        TWO_MINUTE_STEP(1, Direction.HIGHER_IS_BETTER,
                new double[][]{{87, 115}, {86, 116}, {80, 110}, {73, 109}, {71, 103}, {59, 91}, {52, 86}},
                new double[][]{{75, 107}, {73, 107}, {68, 101}, {68, 100}, {60, 90}, {55, 85}, {44, 72}}),
        /** Inches reached past (+) or short of (-) the toes; results in metres. */
        CHAIR_SIT_AND_REACH(METRES_PER_INCH, Direction.HIGHER_IS_BETTER,
                new double[][]{{-2.5, 4.0}, {-3.0, 3.0}, {-3.0, 3.0}, {-4.0, 2.0}, {-5.5, 1.5}, {-5.5, 0.5},
                        {-6.5, -0.5}},
                new double[][]{{-0.5, 5.0}, {-0.5, 4.5}, {-1.0, 4.0}, {-1.5, 3.5}, {-2.0, 3.0}, {-2.5, 2.5},
                        {-4.5, 1.0}}),
        /** Inches between (-) or overlapping (+) the middle fingers behind the back; results in metres. */
        BACK_SCRATCH(METRES_PER_INCH, Direction.HIGHER_IS_BETTER,
                new double[][]{{-6.5, 0.0}, {-7.5, -1.0}, {-8.0, -1.0}, {-9.0, -2.0}, {-9.5, -2.0}, {-10.0, -3.0},
                        {-10.5, -4.0}},
                new double[][]{{-3.0, 1.5}, {-3.5, 1.5}, {-4.0, 1.0}, {-5.0, 0.5}, {-5.5, 0.0}, {-7.0, -1.0},
                        {-8.0, -1.0}}),
        /** Seconds to rise, walk 8 feet round a cone and sit; ranges are fastest-slowest. */
        EIGHT_FOOT_UP_AND_GO(1, Direction.LOWER_IS_BETTER,
                new double[][]{{3.8, 5.6}, null, null, {4.6, 7.2}, {5.2, 7.6}, null, {6.2, 10.0}},
                new double[][]{{4.4, 6.0}, {4.8, 6.4}, {4.9, 7.1}, {5.2, 7.4}, {5.7, 8.7}, {6.2, 9.6}, {7.3, 11.5}});

        private final double siPerPublishedUnit;
        private final Direction direction;
        private final double[][] men;
        private final double[][] women;

        Item(double siPerPublishedUnit, Direction direction, double[][] men, double[][] women) {
            this.siPerPublishedUnit = siPerPublishedUnit;
            this.direction = direction;
            this.men = men;
            this.women = women;
        }

        public Direction direction() {
            return direction;
        }
    }

    /** A normal range in SI units (the item's count, metres or seconds), lower bound first. */
    public record NormalRange(double low, double high) {
    }

    /** The normal range for this age and sex, or none outside 60-94 or where Spotter holds no checked range. */
    public static Optional<NormalRange> normalRange(Item item, Sex sex, int ageYears) {
        if (item == null || sex == null) {
            throw new IllegalArgumentException("the Senior Fitness Test norms need the item and the client's sex");
        }
        if (ageYears < 60 || ageYears > 94) {
            return Optional.empty();
        }
        double[] row = (sex == Sex.MALE ? item.men : item.women)[(ageYears - 60) / 5];
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new NormalRange(row[0] * item.siPerPublishedUnit, row[1] * item.siPerPublishedUnit));
    }

    /** Where a result in SI units lies against the normal range, or none where there is no range. */
    public static Optional<Band> classify(Item item, Sex sex, int ageYears, double valueSi) {
        if (!Double.isFinite(valueSi)) {
            throw new IllegalArgumentException("a Senior Fitness Test result must be a number");
        }
        return normalRange(item, sex, ageYears).map(range -> {
            // Compare in the published unit, rounded past any conversion noise, so 0.127 m is exactly 5.0 in.
            double value = published(valueSi / item.siPerPublishedUnit);
            double low = published(range.low() / item.siPerPublishedUnit);
            double high = published(range.high() / item.siPerPublishedUnit);
            if (value < low) {
                return item.direction == Direction.HIGHER_IS_BETTER ? Band.BELOW_NORMAL_RANGE
                        : Band.ABOVE_NORMAL_RANGE;
            }
            if (value > high) {
                return item.direction == Direction.HIGHER_IS_BETTER ? Band.ABOVE_NORMAL_RANGE
                        : Band.BELOW_NORMAL_RANGE;
            }
            return Band.WITHIN_NORMAL_RANGE;
        });
    }

    private static double published(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
