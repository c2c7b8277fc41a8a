package dev.spotter.science.assessment;

import dev.spotter.science.body.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdultNormTablesTests {

    @Test
    void ymcaStepTestRatesRecoveryHeartRateByTheTopOfEachPublishedRange() {
        // YMCA (Golding 2000), men 18-25: excellent 50-76, good 79-84, above average 88-93, ... poor 111-119,
        // very poor 124-157.
        assertThat(YmcaStepTest.classify(Sex.MALE, 22, 76)).contains(YmcaStepTest.Category.EXCELLENT);
        assertThat(YmcaStepTest.classify(Sex.MALE, 22, 84)).contains(YmcaStepTest.Category.GOOD);
        assertThat(YmcaStepTest.classify(Sex.MALE, 22, 85)).contains(YmcaStepTest.Category.ABOVE_AVERAGE);
        assertThat(YmcaStepTest.classify(Sex.MALE, 22, 119)).contains(YmcaStepTest.Category.POOR);
        assertThat(YmcaStepTest.classify(Sex.MALE, 22, 120)).contains(YmcaStepTest.Category.VERY_POOR);
    }

    @Test
    void aYmcaRateInTheGapBetweenTwoRangesTakesTheLowerRating() {
        // 77 and 78 are printed in neither excellent (50-76) nor good (79-84) for men 18-25.
        assertThat(YmcaStepTest.classify(Sex.MALE, 25, 77)).contains(YmcaStepTest.Category.GOOD);
    }

    @Test
    void ymcaStepTestUsesTheWomensRowForTheAgeGroup() {
        // Women over 65: excellent 70-92, good 96-101, average 116-121.
        assertThat(YmcaStepTest.classify(Sex.FEMALE, 70, 92)).contains(YmcaStepTest.Category.EXCELLENT);
        assertThat(YmcaStepTest.classify(Sex.FEMALE, 70, 121)).contains(YmcaStepTest.Category.AVERAGE);
        // Women 26-35 begin at 26: excellent to 80, so 81 is good there but still excellent at 25 (52-81).
        assertThat(YmcaStepTest.classify(Sex.FEMALE, 25, 81)).contains(YmcaStepTest.Category.EXCELLENT);
        assertThat(YmcaStepTest.classify(Sex.FEMALE, 26, 81)).contains(YmcaStepTest.Category.GOOD);
    }

    @Test
    void ymcaStepTestHasNoNormUnderEighteen() {
        assertThat(YmcaStepTest.classify(Sex.FEMALE, 17, 90)).isEmpty();
    }

    @Test
    void pushUpsAreRatedByTheCsepTable() {
        // CSEP, men 20-29: excellent >=36, very good 29-35, good 22-28, fair 17-21, needs improvement <=16.
        assertThat(PushUpNorms.classify(Sex.MALE, 29, 36)).contains(PushUpNorms.Category.EXCELLENT);
        assertThat(PushUpNorms.classify(Sex.MALE, 29, 35)).contains(PushUpNorms.Category.VERY_GOOD);
        assertThat(PushUpNorms.classify(Sex.MALE, 20, 17)).contains(PushUpNorms.Category.FAIR);
        assertThat(PushUpNorms.classify(Sex.MALE, 20, 16)).contains(PushUpNorms.Category.NEEDS_IMPROVEMENT);
        // Women (from the knees) 60-69: fair 2-4, needs improvement <=1.
        assertThat(PushUpNorms.classify(Sex.FEMALE, 69, 2)).contains(PushUpNorms.Category.FAIR);
        assertThat(PushUpNorms.classify(Sex.FEMALE, 69, 1)).contains(PushUpNorms.Category.NEEDS_IMPROVEMENT);
        // Men 40-49 start at 40: excellent from 25.
        assertThat(PushUpNorms.classify(Sex.MALE, 40, 25)).contains(PushUpNorms.Category.EXCELLENT);
        assertThat(PushUpNorms.classify(Sex.MALE, 40, 24)).contains(PushUpNorms.Category.VERY_GOOD);
    }

    @Test
    void pushUpNormsCoverFifteenToSixtyNine() {
        assertThat(PushUpNorms.classify(Sex.MALE, 14, 20)).isEmpty();
        assertThat(PushUpNorms.classify(Sex.FEMALE, 70, 20)).isEmpty();
        assertThat(PushUpNorms.classify(Sex.FEMALE, 15, 33)).contains(PushUpNorms.Category.EXCELLENT);
    }
}
