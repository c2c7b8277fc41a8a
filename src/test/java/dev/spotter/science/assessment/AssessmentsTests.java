package dev.spotter.science.assessment;

import java.util.Arrays;
import java.util.Map;

import dev.spotter.science.OneRepMax;
import dev.spotter.science.body.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AssessmentsTests {

    private static final Subject MAN_OF_35 = new Subject(35, Sex.MALE);
    private static final Subject WOMAN_OF_72 = new Subject(72, Sex.FEMALE);

    @Test
    void aCooperRunCarriesItsVo2maxEstimateAndNoRating() {
        AssessmentResult result = Assessments.evaluate(AssessmentKind.COOPER_12_MINUTE_RUN, MAN_OF_35,
                Map.of(Input.DISTANCE_M, 2400.0));
        assertThat(result.value()).isEqualTo(2400.0);
        assertThat(result.estimate().getAsDouble()).isCloseTo(42.4, within(0.05));
        assertThat(result.rating().normed()).isFalse();
    }

    @Test
    void aNormedTestCarriesItsBandAndSource() {
        AssessmentResult result = Assessments.evaluate(AssessmentKind.SFT_CHAIR_STAND, WOMAN_OF_72,
                Map.of(Input.REPETITIONS, 9.0));
        assertThat(result.rating().band()).isEqualTo("Below normal range");
        assertThat(result.rating().source()).startsWith("Rikli & Jones");
        AssessmentResult pressure = Assessments.evaluate(AssessmentKind.BLOOD_PRESSURE, MAN_OF_35,
                Map.of(Input.SYSTOLIC_MMHG, 132.0, Input.DIASTOLIC_MMHG, 78.0));
        assertThat(pressure.value()).isEqualTo(132.0);
        assertThat(pressure.rating().band()).isEqualTo("Stage 1 hypertension");
    }

    @Test
    void saysThereIsNoNormForAnAgeTheTableDoesNotCover() {
        AssessmentResult result = Assessments.evaluate(AssessmentKind.SFT_CHAIR_STAND, MAN_OF_35,
                Map.of(Input.REPETITIONS, 20.0));
        assertThat(result.rating().band()).isEqualTo(Rating.NO_NORM_FOR_AGE);
        assertThat(result.rating().normed()).isFalse();
        AssessmentResult child = Assessments.evaluate(AssessmentKind.FITNESSGRAM_AEROBIC_CAPACITY,
                new Subject(8, Sex.FEMALE), Map.of(Input.VO2MAX, 45.0));
        assertThat(child.rating().band()).isEqualTo(Rating.NO_NORM_FOR_AGE);
    }

    @Test
    void saysThereIsNoNormForGirlsBodyComposition() {
        AssessmentResult girl = Assessments.evaluate(AssessmentKind.FITNESSGRAM_BMI, new Subject(12, Sex.FEMALE),
                Map.of(Input.BODY_MASS_KG, 40.0, Input.HEIGHT_M, 1.50));
        assertThat(girl.value()).isCloseTo(17.78, within(0.005));
        assertThat(girl.rating().band()).isEqualTo(Rating.NO_NORM_FOR_SEX);
        AssessmentResult boy = Assessments.evaluate(AssessmentKind.FITNESSGRAM_BMI, new Subject(12, Sex.MALE),
                Map.of(Input.BODY_MASS_KG, 40.0, Input.HEIGHT_M, 1.50));
        // Boys 12: HFZ 15.1-20.5.
        assertThat(boy.rating().band()).isEqualTo("Healthy Fitness Zone");
    }

    @Test
    void refusesAMissingOrImpossibleInputNamingIt() {
        assertThatThrownBy(() -> Assessments.evaluate(AssessmentKind.ROCKPORT_WALK, MAN_OF_35,
                Map.of(Input.TIME_S, 900.0, Input.HEART_RATE_BPM, 130.0)))
                .hasMessage("body mass is required");
        assertThatThrownBy(() -> Assessments.evaluate(AssessmentKind.PUSH_UPS, MAN_OF_35,
                Map.of(Input.REPETITIONS, 12.5)))
                .hasMessage("repetitions must be a whole number");
    }

    @Test
    void repetitionMaximumTestsEstimateOneRepMaxWithTheExistingEquations() {
        AssessmentResult threeRm = Assessments.evaluate(AssessmentKind.THREE_REP_MAX, MAN_OF_35,
                Map.of(Input.LOAD_KG, 100.0));
        assertThat(threeRm.estimate().getAsDouble()).isEqualTo(OneRepMax.estimate(100, 3));
        AssessmentResult oneRm = Assessments.evaluate(AssessmentKind.ONE_REP_MAX, MAN_OF_35,
                Map.of(Input.LOAD_KG, 105.0));
        assertThat(oneRm.estimate().getAsDouble()).isEqualTo(105.0);
    }

    @Test
    void aFasterRunIsBetterAndTheChangeSaysBy() {
        AssessmentResult before = Assessments.evaluate(AssessmentKind.ONE_AND_A_HALF_MILE_RUN, MAN_OF_35,
                Map.of(Input.TIME_S, 720.0));
        AssessmentResult after = Assessments.evaluate(AssessmentKind.ONE_AND_A_HALF_MILE_RUN, MAN_OF_35,
                Map.of(Input.TIME_S, 690.0));
        Change change = after.changeSince(before);
        assertThat(change.valueDelta()).isEqualTo(-30.0);
        assertThat(change.estimateDelta().getAsDouble()).isPositive();
        assertThat(change.trend()).isEqualTo(Trend.BETTER);
    }

    @Test
    void aSlowerUpAndGoIsWorse() {
        AssessmentResult before = Assessments.evaluate(AssessmentKind.SFT_EIGHT_FOOT_UP_AND_GO, WOMAN_OF_72,
                Map.of(Input.TIME_S, 6.0));
        AssessmentResult after = Assessments.evaluate(AssessmentKind.SFT_EIGHT_FOOT_UP_AND_GO, WOMAN_OF_72,
                Map.of(Input.TIME_S, 6.4));
        assertThat(after.changeSince(before).valueDelta()).isCloseTo(0.4, within(1e-9));
        assertThat(after.changeSince(before).trend()).isEqualTo(Trend.WORSE);
        assertThat(before.changeSince(before).trend()).isEqualTo(Trend.UNCHANGED);
    }

    @Test
    void aHeavierThreeRepMaxIsJudgedByItsEstimatedOneRepMax() {
        AssessmentResult before = Assessments.evaluate(AssessmentKind.THREE_REP_MAX, MAN_OF_35,
                Map.of(Input.LOAD_KG, 100.0));
        AssessmentResult after = Assessments.evaluate(AssessmentKind.THREE_REP_MAX, MAN_OF_35,
                Map.of(Input.LOAD_KG, 102.5));
        assertThat(after.changeSince(before).trend()).isEqualTo(Trend.BETTER);
    }

    @Test
    void bodyCompositionChangesAreReportedButNotRanked() {
        Subject boy = new Subject(12, Sex.MALE);
        AssessmentResult before = Assessments.evaluate(AssessmentKind.FITNESSGRAM_PERCENT_FAT, boy,
                Map.of(Input.BODY_FAT_PERCENT, 20.0));
        AssessmentResult after = Assessments.evaluate(AssessmentKind.FITNESSGRAM_PERCENT_FAT, boy,
                Map.of(Input.BODY_FAT_PERCENT, 18.0));
        assertThat(after.changeSince(before).valueDelta()).isEqualTo(-2.0);
        assertThat(after.changeSince(before).trend()).isEqualTo(Trend.NOT_RANKED);
    }

    @Test
    void refusesToCompareDifferentTests() {
        AssessmentResult plank = Assessments.evaluate(AssessmentKind.PLANK, MAN_OF_35, Map.of(Input.TIME_S, 60.0));
        AssessmentResult walk = Assessments.evaluate(AssessmentKind.SFT_EIGHT_FOOT_UP_AND_GO, WOMAN_OF_72,
                Map.of(Input.TIME_S, 6.0));
        assertThatThrownBy(() -> plank.changeSince(walk))
                .hasMessage("a change compares two results of the same test");
    }

    @Test
    void everyKindInTheCatalogueCanBeRenderedAndLookedUpByItsCode() {
        assertThat(Arrays.stream(AssessmentKind.values()).map(AssessmentKind::code).distinct())
                .hasSize(AssessmentKind.values().length);
        for (AssessmentKind kind : AssessmentKind.values()) {
            assertThat(kind.inputs()).as(kind.code()).isNotEmpty();
            assertThat(kind.minAge()).as(kind.code()).isLessThanOrEqualTo(kind.maxAge());
            assertThat(AssessmentKind.ofCode(kind.code())).isEqualTo(kind);
        }
        assertThat(AssessmentKind.PLANK.normed()).isFalse();
        assertThat(AssessmentKind.SFT_EIGHT_FOOT_UP_AND_GO.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    }
}
