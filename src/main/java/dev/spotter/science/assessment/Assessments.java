package dev.spotter.science.assessment;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.spotter.science.OneRepMax;
import dev.spotter.science.body.Bmi;
import dev.spotter.science.body.Sex;

/**
 * Scores one assessment from a form's inputs: checks that each field the test needs is there and possible, works
 * out the raw value and any estimate, and rates it against the test's norm table, or says there is no norm for the
 * client's age rather than guessing.
 */
public final class Assessments {

    private static final String NO_NORM = "No published norm; result and change only";

    private Assessments() {
    }

    public static AssessmentResult evaluate(AssessmentKind kind, Subject subject, Map<Input, Double> inputs) {
        if (kind == null || subject == null || inputs == null) {
            throw new IllegalArgumentException("an assessment needs its kind, the client and the inputs");
        }
        for (Input input : kind.inputs()) {
            input.require(inputs.get(input));
        }
        int age = subject.ageYears();
        return switch (kind) {
            case RESTING_HEART_RATE -> {
                int bpm = whole(inputs, Input.HEART_RATE_BPM);
                yield result(kind, bpm, subject, () -> Optional.of(RestingHeartRate.classify(bpm).label()));
            }
            case BLOOD_PRESSURE -> {
                int systolic = whole(inputs, Input.SYSTOLIC_MMHG);
                int diastolic = whole(inputs, Input.DIASTOLIC_MMHG);
                yield result(kind, systolic, subject,
                        () -> Optional.of(BloodPressure.classify(systolic, diastolic).label()));
            }
            case COOPER_12_MINUTE_RUN -> estimated(kind, inputs.get(Input.DISTANCE_M),
                    AerobicFieldTests.cooperVo2max(inputs.get(Input.DISTANCE_M)));
            case ONE_AND_A_HALF_MILE_RUN -> estimated(kind, inputs.get(Input.TIME_S),
                    AerobicFieldTests.oneAndAHalfMileVo2max(inputs.get(Input.TIME_S)));
            case ROCKPORT_WALK -> estimated(kind, inputs.get(Input.TIME_S),
                    AerobicFieldTests.rockportVo2max(subject.sex(), age, inputs.get(Input.BODY_MASS_KG),
                            inputs.get(Input.TIME_S), whole(inputs, Input.HEART_RATE_BPM)));
            case YMCA_STEP_TEST -> {
                int bpm = whole(inputs, Input.HEART_RATE_BPM);
                yield result(kind, bpm, subject,
                        () -> YmcaStepTest.classify(subject.sex(), age, bpm).map(YmcaStepTest.Category::label));
            }
            case PUSH_UPS -> {
                int reps = whole(inputs, Input.REPETITIONS);
                yield result(kind, reps, subject,
                        () -> PushUpNorms.classify(subject.sex(), age, reps).map(PushUpNorms.Category::label));
            }
            case PLANK -> unrated(kind, inputs.get(Input.TIME_S));
            case SIT_AND_REACH -> unrated(kind, inputs.get(Input.REACH_M));
            case VERTICAL_JUMP -> estimated(kind, inputs.get(Input.JUMP_HEIGHT_M),
                    VerticalJump.sayersPeakPowerW(inputs.get(Input.JUMP_HEIGHT_M), inputs.get(Input.BODY_MASS_KG)));
            case ONE_REP_MAX -> repetitionMaximum(kind, inputs, 1);
            case THREE_REP_MAX -> repetitionMaximum(kind, inputs, 3);
            case FIVE_REP_MAX -> repetitionMaximum(kind, inputs, 5);
            case SFT_CHAIR_STAND -> senior(kind, subject, SeniorFitnessTest.Item.CHAIR_STAND,
                    whole(inputs, Input.REPETITIONS));
            case SFT_ARM_CURL -> senior(kind, subject, SeniorFitnessTest.Item.ARM_CURL,
                    whole(inputs, Input.REPETITIONS));
            case SFT_SIX_MINUTE_WALK -> senior(kind, subject, SeniorFitnessTest.Item.SIX_MINUTE_WALK,
                    inputs.get(Input.DISTANCE_M));
            case SFT_TWO_MINUTE_STEP -> senior(kind, subject, SeniorFitnessTest.Item.TWO_MINUTE_STEP,
                    whole(inputs, Input.REPETITIONS));
            case SFT_CHAIR_SIT_AND_REACH -> senior(kind, subject, SeniorFitnessTest.Item.CHAIR_SIT_AND_REACH,
                    inputs.get(Input.REACH_M));
            case SFT_BACK_SCRATCH -> senior(kind, subject, SeniorFitnessTest.Item.BACK_SCRATCH,
                    inputs.get(Input.REACH_M));
            case SFT_EIGHT_FOOT_UP_AND_GO -> senior(kind, subject, SeniorFitnessTest.Item.EIGHT_FOOT_UP_AND_GO,
                    inputs.get(Input.TIME_S));
            case FITNESSGRAM_AEROBIC_CAPACITY -> {
                double vo2 = inputs.get(Input.VO2MAX);
                yield youth(kind, vo2, subject, sex -> FitnessGram.aerobicCapacity(sex, age, vo2));
            }
            case FITNESSGRAM_PERCENT_FAT -> {
                double fat = inputs.get(Input.BODY_FAT_PERCENT);
                yield youth(kind, fat, subject, sex -> FitnessGram.percentFat(sex, age, fat));
            }
            case FITNESSGRAM_BMI -> {
                double bmi = Bmi.of(inputs.get(Input.BODY_MASS_KG), inputs.get(Input.HEIGHT_M), age).value();
                yield youth(kind, bmi, subject, sex -> FitnessGram.bmi(sex, age, bmi));
            }
            case FITNESSGRAM_CURL_UPS -> {
                int reps = whole(inputs, Input.REPETITIONS);
                yield youth(kind, reps, subject, sex -> FitnessGram.curlUps(sex, age, reps));
            }
            case FITNESSGRAM_PUSH_UPS -> {
                int reps = whole(inputs, Input.REPETITIONS);
                yield youth(kind, reps, subject, sex -> FitnessGram.pushUps(sex, age, reps));
            }
            case FITNESSGRAM_TRUNK_LIFT -> {
                double lift = inputs.get(Input.REACH_M);
                yield youth(kind, lift, subject, sex -> FitnessGram.trunkLift(sex, age, lift));
            }
            case FITNESSGRAM_BACK_SAVER_SIT_AND_REACH -> {
                double left = inputs.get(Input.LEFT_REACH_M);
                double right = inputs.get(Input.RIGHT_REACH_M);
                yield youth(kind, Math.min(left, right), subject,
                        sex -> FitnessGram.backSaverSitAndReach(sex, age, left, right));
            }
        };
    }

    private static AssessmentResult result(AssessmentKind kind, double value, Subject subject,
                                           Supplier<Optional<String>> band) {
        Rating rating = kind.appliesTo(subject.ageYears())
                ? band.get().map(label -> Rating.of(label, kind.normSource()))
                .orElseGet(() -> Rating.noNormForAge(kind.normSource()))
                : Rating.noNormForAge(kind.normSource());
        return new AssessmentResult(kind, value, OptionalDouble.empty(), rating);
    }

    private static AssessmentResult senior(AssessmentKind kind, Subject subject, SeniorFitnessTest.Item item,
                                           double value) {
        return result(kind, value, subject, () -> SeniorFitnessTest.classify(item, subject.sex(),
                subject.ageYears(), value).map(SeniorFitnessTest.Band::label));
    }

    private static AssessmentResult youth(AssessmentKind kind, double value, Subject subject,
                                          Function<Sex, Optional<FitnessGram.Zone>> zone) {
        boolean bodyComposition = kind == AssessmentKind.FITNESSGRAM_PERCENT_FAT
                || kind == AssessmentKind.FITNESSGRAM_BMI;
        if (bodyComposition && subject.sex() == Sex.FEMALE && kind.appliesTo(subject.ageYears())) {
            // Spotter holds the 2010 body-composition standards for boys only (see FitnessGram).
            return new AssessmentResult(kind, value, OptionalDouble.empty(), Rating.noNormForSex(kind.normSource()));
        }
        return result(kind, value, subject, () -> zone.apply(subject.sex()).map(FitnessGram.Zone::label));
    }

    private static AssessmentResult estimated(AssessmentKind kind, double value, double estimate) {
        return new AssessmentResult(kind, value, OptionalDouble.of(estimate), Rating.unrated(NO_NORM));
    }

    private static AssessmentResult unrated(AssessmentKind kind, double value) {
        return new AssessmentResult(kind, value, OptionalDouble.empty(), Rating.unrated(NO_NORM));
    }

    private static AssessmentResult repetitionMaximum(AssessmentKind kind, Map<Input, Double> inputs, int reps) {
        double load = inputs.get(Input.LOAD_KG);
        return estimated(kind, load, OneRepMax.estimate(load, reps));
    }

    private static int whole(Map<Input, Double> inputs, Input input) {
        return (int) Math.round(inputs.get(input));
    }
}
