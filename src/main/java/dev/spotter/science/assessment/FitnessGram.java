package dev.spotter.science.assessment;

import java.util.Optional;

import dev.spotter.science.body.Sex;

/**
 * FitnessGram's criterion-referenced Healthy Fitness Zones for youth (The Cooper Institute), by age (5 to 17, and
 * "over 17" used here for 18) and sex.
 *
 * <p>Aerobic capacity and body composition use the 2010 standards (FitnessGram Standards for Healthy Fitness Zone,
 * revision 8.6 and 9.x; The Cooper Institute, Dallas, 2010), derived by Welk GJ, Laurson KR, Eisenmann JC, Cureton
 * KJ. Development of youth aerobic-capacity standards using receiver operating characteristic curves. Am J Prev Med
 * 2011;41(4 Suppl 2):S111-6, and Laurson KR, Eisenmann JC, Welk GJ. Am J Prev Med 2011;41(4 Suppl 2):S93-9 (per cent
 * fat) and S100-5 (BMI). Spotter holds that sheet's boys' body-composition columns only; girls' body composition
 * therefore has no zone here. The musculoskeletal items only have a lower limit to the zone: boys from the 2010
 * sheet, girls from the FITNESSGRAM Test Administration Manual's Table 9.2 (Healthy Fitness Zone, girls), whose
 * lower limits for boys are the same as in the 2010 sheet.
 */
public final class FitnessGram {

    public static final String SOURCE_2010 = "FitnessGram Healthy Fitness Zone standards, rev. 8.6/9.x "
            + "(Cooper Institute 2010)";
    public static final String SOURCE_GIRLS_MUSCULOSKELETAL = "FITNESSGRAM Test Administration Manual, Table 9.2 "
            + "(girls)";

    private static final double METRES_PER_INCH = 0.0254;

    private FitnessGram() {
    }

    /** A FitnessGram zone; "very lean" applies to body composition only. */
    public enum Zone {
        NEEDS_IMPROVEMENT_HEALTH_RISK("Needs Improvement – Health Risk"),
        NEEDS_IMPROVEMENT("Needs Improvement"),
        HEALTHY_FITNESS_ZONE("Healthy Fitness Zone"),
        VERY_LEAN("Very Lean");

        private final String label;

        Zone(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    // Rows are ages 10, 11, ... 17 and over 17: the highest VO2max (ml/kg/min) in "needs improvement - health
    // risk" and the lowest in the Healthy Fitness Zone. FitnessGram sets no aerobic standard before 10.
    private static final double[] BOYS_VO2_RISK_MAX = {37.3, 37.3, 37.6, 38.6, 39.6, 40.6, 41.0, 41.2, 41.2};
    private static final double[] BOYS_VO2_HFZ_MIN = {40.2, 40.2, 40.3, 41.1, 42.5, 43.6, 44.1, 44.2, 44.3};
    private static final double[] GIRLS_VO2_RISK_MAX = {37.3, 37.3, 37.0, 36.6, 36.3, 36.0, 35.8, 35.7, 35.3};
    private static final double[] GIRLS_VO2_HFZ_MIN = {40.2, 40.2, 40.1, 39.7, 39.4, 39.1, 38.9, 38.8, 38.6};

    // Boys, rows ages 5 ... 17 and over 17: the top of "very lean", the top of the Healthy Fitness Zone and the
    // bottom of "needs improvement - health risk".
    private static final double[] BOYS_FAT_VERY_LEAN_MAX =
            {8.8, 8.4, 8.2, 8.3, 8.6, 8.8, 8.7, 8.3, 7.7, 7.0, 6.5, 6.4, 6.6, 6.9};
    private static final double[] BOYS_FAT_HFZ_MAX =
            {18.8, 18.8, 18.8, 18.8, 20.6, 22.4, 23.6, 23.6, 22.8, 21.3, 20.1, 20.1, 20.9, 22.2};
    private static final double[] BOYS_FAT_RISK_MIN =
            {27.0, 27.0, 27.0, 27.0, 30.1, 33.2, 35.4, 35.9, 35.0, 33.2, 31.5, 31.6, 33.0, 35.1};
    private static final double[] BOYS_BMI_VERY_LEAN_MAX =
            {13.8, 13.7, 13.7, 13.8, 14.0, 14.2, 14.5, 15.0, 15.4, 16.0, 16.5, 17.1, 17.7, 18.2};
    private static final double[] BOYS_BMI_HFZ_MAX =
            {16.7, 16.9, 17.3, 17.8, 18.5, 18.9, 19.7, 20.5, 21.3, 22.1, 22.9, 23.7, 24.4, 25.1};
    private static final double[] BOYS_BMI_RISK_MIN =
            {17.5, 17.8, 18.3, 19.0, 19.9, 20.8, 21.8, 22.7, 23.6, 24.5, 25.3, 26.0, 26.7, 27.5};

    // Rows ages 5 ... 17 and over 17: the fewest repetitions in the Healthy Fitness Zone.
    private static final int[] BOYS_CURL_UPS = {2, 2, 4, 6, 9, 12, 15, 18, 21, 24, 24, 24, 24, 24};
    private static final int[] GIRLS_CURL_UPS = {2, 2, 4, 6, 9, 12, 15, 18, 18, 18, 18, 18, 18, 18};
    private static final int[] BOYS_PUSH_UPS = {3, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 18, 18, 18};
    private static final int[] GIRLS_PUSH_UPS = {3, 3, 4, 5, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7};
    // Inches: the back-saver sit-and-reach distance to reach on each side.
    private static final double[] BOYS_BACK_SAVER = {8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8};
    private static final double[] GIRLS_BACK_SAVER = {9, 9, 9, 9, 9, 9, 10, 10, 10, 10, 12, 12, 12, 12};
    // The trunk lift is measured up to 12 inches; the zone starts at 6 inches before age 10 and 9 inches after.
    private static final double TRUNK_LIFT_MAX_IN = 12;

    /** The aerobic-capacity zone of a VO2max (ml/kg/min) as FitnessGram estimates it from the PACER or mile. */
    public static Optional<Zone> aerobicCapacity(Sex sex, int ageYears, double vo2max) {
        Input.VO2MAX.require(vo2max);
        int row = row(sex, ageYears);
        if (row < 5) {
            return Optional.empty();
        }
        double riskMax = (sex == Sex.MALE ? BOYS_VO2_RISK_MAX : GIRLS_VO2_RISK_MAX)[row - 5];
        double hfzMin = (sex == Sex.MALE ? BOYS_VO2_HFZ_MIN : GIRLS_VO2_HFZ_MIN)[row - 5];
        if (vo2max >= hfzMin) {
            return Optional.of(Zone.HEALTHY_FITNESS_ZONE);
        }
        return Optional.of(vo2max <= riskMax ? Zone.NEEDS_IMPROVEMENT_HEALTH_RISK : Zone.NEEDS_IMPROVEMENT);
    }

    /** The body-composition zone of a per cent fat; boys only (see the class notes). */
    public static Optional<Zone> percentFat(Sex sex, int ageYears, double percentFat) {
        Input.BODY_FAT_PERCENT.require(percentFat);
        int row = row(sex, ageYears);
        if (row < 0 || sex != Sex.MALE) {
            return Optional.empty();
        }
        return Optional.of(composition(percentFat, BOYS_FAT_VERY_LEAN_MAX[row], BOYS_FAT_HFZ_MAX[row],
                BOYS_FAT_RISK_MIN[row]));
    }

    /** The body-composition zone of a BMI (kg/m²); boys only (see the class notes). */
    public static Optional<Zone> bmi(Sex sex, int ageYears, double bmi) {
        if (!(bmi >= 8 && bmi <= 80)) {
            throw new IllegalArgumentException("BMI must be between 8 and 80 kg/m²");
        }
        int row = row(sex, ageYears);
        if (row < 0 || sex != Sex.MALE) {
            return Optional.empty();
        }
        return Optional.of(composition(bmi, BOYS_BMI_VERY_LEAN_MAX[row], BOYS_BMI_HFZ_MAX[row],
                BOYS_BMI_RISK_MIN[row]));
    }

    public static Optional<Zone> curlUps(Sex sex, int ageYears, int repetitions) {
        Input.REPETITIONS.require((double) repetitions);
        int row = row(sex, ageYears);
        if (row < 0) {
            return Optional.empty();
        }
        return Optional.of(atLeast(repetitions, (sex == Sex.MALE ? BOYS_CURL_UPS : GIRLS_CURL_UPS)[row]));
    }

    /** 90-degree push-ups to a cadence. */
    public static Optional<Zone> pushUps(Sex sex, int ageYears, int repetitions) {
        Input.REPETITIONS.require((double) repetitions);
        int row = row(sex, ageYears);
        if (row < 0) {
            return Optional.empty();
        }
        return Optional.of(atLeast(repetitions, (sex == Sex.MALE ? BOYS_PUSH_UPS : GIRLS_PUSH_UPS)[row]));
    }

    /** The trunk lift, the height of the chin from the floor in metres (measured to at most 12 inches). */
    public static Optional<Zone> trunkLift(Sex sex, int ageYears, double heightM) {
        double inches = inches(heightM);
        if (!(inches >= 0 && inches <= TRUNK_LIFT_MAX_IN)) {
            throw new IllegalArgumentException("trunk lift must be between 0 and 0.3048 m (12 inches)");
        }
        int row = row(sex, ageYears);
        if (row < 0) {
            return Optional.empty();
        }
        return Optional.of(atLeast(inches, ageYears < 10 ? 6 : 9));
    }

    /** The back-saver sit-and-reach, in the zone only when both sides reach the distance (metres on the box). */
    public static Optional<Zone> backSaverSitAndReach(Sex sex, int ageYears, double leftM, double rightM) {
        Input.LEFT_REACH_M.require(leftM);
        Input.RIGHT_REACH_M.require(rightM);
        int row = row(sex, ageYears);
        if (row < 0) {
            return Optional.empty();
        }
        double needed = (sex == Sex.MALE ? BOYS_BACK_SAVER : GIRLS_BACK_SAVER)[row];
        return Optional.of(atLeast(Math.min(inches(leftM), inches(rightM)), needed));
    }

    private static Zone composition(double value, double veryLeanMax, double hfzMax, double riskMin) {
        if (value <= veryLeanMax) {
            return Zone.VERY_LEAN;
        }
        if (value <= hfzMax) {
            return Zone.HEALTHY_FITNESS_ZONE;
        }
        return value >= riskMin ? Zone.NEEDS_IMPROVEMENT_HEALTH_RISK : Zone.NEEDS_IMPROVEMENT;
    }

    private static Zone atLeast(double value, double lowest) {
        return value >= lowest ? Zone.HEALTHY_FITNESS_ZONE : Zone.NEEDS_IMPROVEMENT;
    }

    /** The table row for an age: 0 for 5 years up to 13 for "over 17", or -1 outside FitnessGram's ages. */
    private static int row(Sex sex, int ageYears) {
        if (sex == null) {
            throw new IllegalArgumentException("FitnessGram standards need the child's sex");
        }
        if (ageYears < 5 || ageYears > 18) {
            return -1;
        }
        return Math.min(ageYears, 18) - 5;
    }

    private static double inches(double metres) {
        return Math.round(metres / METRES_PER_INCH * 1e6) / 1e6;
    }
}
