package dev.spotter.clients.engine;

import dev.spotter.clients.IntensityCeiling;

/**
 * The ACSM exercise pre-participation health screening algorithm (Riebe D, Franklin BA, Thompson PD, et al.
 * Updating ACSM's recommendations for exercise preparticipation health screening. Med Sci Sports Exerc.
 * 2015;47(11):2473-2479, Figure 2). Three questions decide: does the person exercise regularly (at least 30 min of
 * moderate activity on at least 3 days a week for at least the last 3 months), do they have known cardiovascular,
 * metabolic or renal disease, and do they have signs or symptoms suggestive of such disease.
 */
public final class AcsmScreening {

    private AcsmScreening() {
    }

    /** When medical clearance is recommended. */
    public enum Clearance {
        NOT_NECESSARY, BEFORE_VIGOROUS, BEFORE_ANY_EXERCISE
    }

    /**
     * The algorithm's answer: which branch applied, whether and when clearance is recommended, the intensity
     * allowed now and after clearance, and the recommendation in plain words.
     */
    public record Result(int branch, Clearance clearance, IntensityCeiling ceilingNow,
                         IntensityCeiling ceilingAfterClearance, boolean stopExercising, String recommendation) {
    }

    /** The decision table of Figure 2, one row per branch. */
    public static Result assess(boolean exercisesRegularly, boolean knownDisease, boolean signsOrSymptoms) {
        if (!exercisesRegularly) {
            if (signsOrSymptoms) {
                return new Result(3, Clearance.BEFORE_ANY_EXERCISE, IntensityCeiling.NONE,
                        IntensityCeiling.LIGHT_TO_MODERATE, false,
                        "Medical clearance is recommended before starting. Once cleared, begin at light to moderate "
                                + "intensity and progress gradually.");
            }
            if (knownDisease) {
                return new Result(2, Clearance.BEFORE_ANY_EXERCISE, IntensityCeiling.NONE,
                        IntensityCeiling.LIGHT_TO_MODERATE, false,
                        "Medical clearance is recommended before starting. Once cleared, begin at light to moderate "
                                + "intensity and progress gradually.");
            }
            return new Result(1, Clearance.NOT_NECESSARY, IntensityCeiling.LIGHT_TO_MODERATE,
                    IntensityCeiling.LIGHT_TO_MODERATE, false,
                    "No medical clearance needed. Begin at light to moderate intensity; vigorous work may follow "
                            + "gradually as the client adapts.");
        }
        if (signsOrSymptoms) {
            return new Result(6, Clearance.BEFORE_ANY_EXERCISE, IntensityCeiling.NONE,
                    IntensityCeiling.LIGHT_TO_MODERATE, true,
                    "Stop exercising and seek medical clearance. Return to exercise only once cleared, then "
                            + "progress gradually.");
        }
        if (knownDisease) {
            return new Result(5, Clearance.BEFORE_VIGOROUS, IntensityCeiling.MODERATE, IntensityCeiling.VIGOROUS,
                    false,
                    "No clearance needed to continue at moderate intensity. Medical clearance is recommended before "
                            + "vigorous exercise.");
        }
        return new Result(4, Clearance.NOT_NECESSARY, IntensityCeiling.VIGOROUS, IntensityCeiling.VIGOROUS, false,
                "No medical clearance needed. Continue at moderate or vigorous intensity and progress gradually.");
    }
}
