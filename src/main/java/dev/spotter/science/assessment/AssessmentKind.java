package dev.spotter.science.assessment;

import java.util.List;

/**
 * The catalogue of fitness assessments Spotter can score: for each, what a form asks for, the unit and better
 * direction of its raw value, what its equation estimates, the ages it is meant for and the norm it is rated
 * against (empty where Spotter holds no citable norm and records the result and its change only).
 */
public enum AssessmentKind {
    RESTING_HEART_RATE("resting-heart-rate", "Resting heart rate", "beats/min", Direction.LOWER_IS_BETTER,
            Estimate.NONE, List.of(Input.HEART_RATE_BPM), 18, 110, RestingHeartRate.SOURCE),
    /** Raw value: systolic pressure; the category takes both. */
    BLOOD_PRESSURE("blood-pressure", "Blood pressure", "mmHg", Direction.LOWER_IS_BETTER, Estimate.NONE,
            List.of(Input.SYSTOLIC_MMHG, Input.DIASTOLIC_MMHG), 18, 110, BloodPressure.SOURCE),
    COOPER_12_MINUTE_RUN("cooper-12-minute-run", "Cooper 12-minute run", "m", Direction.HIGHER_IS_BETTER,
            Estimate.VO2MAX, List.of(Input.DISTANCE_M), 18, 110, ""),
    ONE_AND_A_HALF_MILE_RUN("1-5-mile-run", "1.5-mile run", "s", Direction.LOWER_IS_BETTER, Estimate.VO2MAX,
            List.of(Input.TIME_S), 18, 110, ""),
    ROCKPORT_WALK("rockport-walk", "Rockport one-mile walk", "s", Direction.LOWER_IS_BETTER, Estimate.VO2MAX,
            List.of(Input.TIME_S, Input.HEART_RATE_BPM, Input.BODY_MASS_KG), 18, 110, ""),
    YMCA_STEP_TEST("ymca-step-test", "YMCA 3-minute step test", "beats/min", Direction.LOWER_IS_BETTER,
            Estimate.NONE, List.of(Input.HEART_RATE_BPM), 18, 110, YmcaStepTest.SOURCE),
    PUSH_UPS("push-ups", "Push-ups (men from the toes, women from the knees)", "reps", Direction.HIGHER_IS_BETTER,
            Estimate.NONE, List.of(Input.REPETITIONS), 15, 69, PushUpNorms.SOURCE),
    PLANK("plank", "Plank hold", "s", Direction.HIGHER_IS_BETTER, Estimate.NONE, List.of(Input.TIME_S), 10, 110, ""),
    SIT_AND_REACH("sit-and-reach", "Sit-and-reach", "m", Direction.HIGHER_IS_BETTER, Estimate.NONE,
            List.of(Input.REACH_M), 15, 110, ""),
    VERTICAL_JUMP("vertical-jump", "Vertical jump", "m", Direction.HIGHER_IS_BETTER, Estimate.PEAK_POWER,
            List.of(Input.JUMP_HEIGHT_M, Input.BODY_MASS_KG), 18, 110, ""),
    ONE_REP_MAX("1rm", "1-repetition maximum", "kg", Direction.HIGHER_IS_BETTER, Estimate.ONE_REP_MAX,
            List.of(Input.LOAD_KG), 14, 110, ""),
    THREE_REP_MAX("3rm", "3-repetition maximum", "kg", Direction.HIGHER_IS_BETTER, Estimate.ONE_REP_MAX,
            List.of(Input.LOAD_KG), 14, 110, ""),
    FIVE_REP_MAX("5rm", "5-repetition maximum", "kg", Direction.HIGHER_IS_BETTER, Estimate.ONE_REP_MAX,
            List.of(Input.LOAD_KG), 14, 110, ""),
    SFT_CHAIR_STAND("sft-chair-stand", "30-second chair stand", "stands", Direction.HIGHER_IS_BETTER,
            Estimate.NONE, List.of(Input.REPETITIONS), 60, 94, SeniorFitnessTest.SOURCE),
    SFT_ARM_CURL("sft-arm-curl", "30-second arm curl", "curls", Direction.HIGHER_IS_BETTER, Estimate.NONE,
            List.of(Input.REPETITIONS), 60, 94, SeniorFitnessTest.SOURCE),
    SFT_SIX_MINUTE_WALK("sft-6-minute-walk", "6-minute walk", "m", Direction.HIGHER_IS_BETTER, Estimate.NONE,
            List.of(Input.DISTANCE_M), 60, 94, SeniorFitnessTest.SOURCE),
    SFT_TWO_MINUTE_STEP("sft-2-minute-step", "2-minute step", "steps", Direction.HIGHER_IS_BETTER, Estimate.NONE,
            List.of(Input.REPETITIONS), 60, 94, SeniorFitnessTest.SOURCE),
    SFT_CHAIR_SIT_AND_REACH("sft-chair-sit-and-reach", "Chair sit-and-reach", "m", Direction.HIGHER_IS_BETTER,
            Estimate.NONE, List.of(Input.REACH_M), 60, 94, SeniorFitnessTest.SOURCE),
    SFT_BACK_SCRATCH("sft-back-scratch", "Back scratch", "m", Direction.HIGHER_IS_BETTER, Estimate.NONE,
            List.of(Input.REACH_M), 60, 94, SeniorFitnessTest.SOURCE),
    SFT_EIGHT_FOOT_UP_AND_GO("sft-8-foot-up-and-go", "8-foot up-and-go", "s", Direction.LOWER_IS_BETTER,
            Estimate.NONE, List.of(Input.TIME_S), 60, 94, SeniorFitnessTest.SOURCE),
    /** Raw value: VO2max as FitnessGram's software estimates it from the PACER or the mile run. */
    FITNESSGRAM_AEROBIC_CAPACITY("fitnessgram-aerobic-capacity", "FitnessGram aerobic capacity", "ml/kg/min",
            Direction.HIGHER_IS_BETTER, Estimate.NONE, List.of(Input.VO2MAX), 5, 18, FitnessGram.SOURCE_2010),
    FITNESSGRAM_PERCENT_FAT("fitnessgram-percent-fat", "FitnessGram body fat", "%", Direction.NEITHER,
            Estimate.NONE, List.of(Input.BODY_FAT_PERCENT), 5, 18, FitnessGram.SOURCE_2010),
    /** Raw value: BMI computed from mass and height. */
    FITNESSGRAM_BMI("fitnessgram-bmi", "FitnessGram body mass index", "kg/m²", Direction.NEITHER, Estimate.NONE,
            List.of(Input.BODY_MASS_KG, Input.HEIGHT_M), 5, 18, FitnessGram.SOURCE_2010),
    FITNESSGRAM_CURL_UPS("fitnessgram-curl-ups", "FitnessGram curl-ups", "reps", Direction.HIGHER_IS_BETTER,
            Estimate.NONE, List.of(Input.REPETITIONS), 5, 18, FitnessGram.SOURCE_2010),
    FITNESSGRAM_PUSH_UPS("fitnessgram-push-ups", "FitnessGram 90° push-ups", "reps", Direction.HIGHER_IS_BETTER,
            Estimate.NONE, List.of(Input.REPETITIONS), 5, 18, FitnessGram.SOURCE_2010),
    FITNESSGRAM_TRUNK_LIFT("fitnessgram-trunk-lift", "FitnessGram trunk lift", "m", Direction.HIGHER_IS_BETTER,
            Estimate.NONE, List.of(Input.REACH_M), 5, 18, FitnessGram.SOURCE_2010),
    /** Raw value: the shorter of the two sides, which decides the zone. */
    FITNESSGRAM_BACK_SAVER_SIT_AND_REACH("fitnessgram-back-saver", "FitnessGram back-saver sit-and-reach", "m",
            Direction.HIGHER_IS_BETTER, Estimate.NONE, List.of(Input.LEFT_REACH_M, Input.RIGHT_REACH_M), 5, 18,
            FitnessGram.SOURCE_2010);

    private final String code;
    private final String displayName;
    private final String unit;
    private final Direction direction;
    private final Estimate estimate;
    private final List<Input> inputs;
    private final int minAge;
    private final int maxAge;
    private final String normSource;

    AssessmentKind(String code, String displayName, String unit, Direction direction, Estimate estimate,
                   List<Input> inputs, int minAge, int maxAge, String normSource) {
        this.code = code;
        this.displayName = displayName;
        this.unit = unit;
        this.direction = direction;
        this.estimate = estimate;
        this.inputs = inputs;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.normSource = normSource;
    }

    /** A stable code for storage and URLs. */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** The unit of the raw value a result carries. */
    public String unit() {
        return unit;
    }

    public Direction direction() {
        return direction;
    }

    public Estimate estimate() {
        return estimate;
    }

    /** The fields a form asks for besides the client's age and sex, in the order to show them. */
    public List<Input> inputs() {
        return inputs;
    }

    public int minAge() {
        return minAge;
    }

    public int maxAge() {
        return maxAge;
    }

    /** Whether the test is meant for someone of this age. */
    public boolean appliesTo(int ageYears) {
        return ageYears >= minAge && ageYears <= maxAge;
    }

    /** Whether Spotter rates this test against a published norm. */
    public boolean normed() {
        return !normSource.isEmpty();
    }

    public String normSource() {
        return normSource;
    }

    /** The kind with this code. */
    public static AssessmentKind ofCode(String code) {
        for (AssessmentKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no assessment has the code " + code);
    }
}
