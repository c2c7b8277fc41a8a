package dev.spotter.science.assessment;

import dev.spotter.science.MassUnit;
import dev.spotter.science.body.Sex;

/** VO2max (ml/kg/min) estimated from the field tests of aerobic fitness, by their published equations. */
public final class AerobicFieldTests {

    private AerobicFieldTests() {
    }

    /**
     * Cooper KH. A means of assessing maximal oxygen intake: correlation between field and treadmill testing. JAMA
     * 1968;203(3):201-4: VO2max = (distance in 12 minutes, m - 504.9) / 44.73.
     */
    public static double cooperVo2max(double distanceM) {
        Input.DISTANCE_M.require(distanceM);
        if (distanceM > 6_000) {
            throw new IllegalArgumentException("a 12-minute run covers at most 6000 m");
        }
        return (distanceM - 504.9) / 44.73;
    }

    /**
     * The 1.5-mile run, VO2max = 3.5 + 483 / time in minutes, the field-test equation given in the American College
     * of Sports Medicine's fitness-assessment texts.
     */
    public static double oneAndAHalfMileVo2max(double timeS) {
        Input.TIME_S.require(timeS);
        if (timeS < 300) {
            throw new IllegalArgumentException("a 1.5-mile run takes at least 5 minutes");
        }
        return 3.5 + 483 / (timeS / 60);
    }

    /**
     * Kline GM, Porcari JP, Hintermeister R, et al. Estimation of VO2max from a one-mile track walk, gender, age,
     * and body weight. Med Sci Sports Exerc 1987;19(3):253-9: VO2max = 132.853 - 0.0769 weight (lb) - 0.3877 age
     * + 6.315 sex (1 male, 0 female) - 3.2649 time (min) - 0.1565 heart rate at the end of the walk. The sample was
     * 30 to 69 years old.
     */
    public static double rockportVo2max(Sex sex, int ageYears, double bodyMassKg, double timeS, int heartRateBpm) {
        if (sex == null) {
            throw new IllegalArgumentException("the Rockport equation needs the client's sex");
        }
        if (ageYears < 18 || ageYears > 110) {
            throw new IllegalArgumentException("the Rockport walk is an adult test, ages 18 to 110 years");
        }
        Input.BODY_MASS_KG.require(bodyMassKg);
        Input.TIME_S.require(timeS);
        Input.HEART_RATE_BPM.require((double) heartRateBpm);
        double pounds = MassUnit.LB.fromKg(bodyMassKg);
        return 132.853 - 0.0769 * pounds - 0.3877 * ageYears + 6.315 * (sex == Sex.MALE ? 1 : 0)
                - 3.2649 * (timeS / 60) - 0.1565 * heartRateBpm;
    }
}
