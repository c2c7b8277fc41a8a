package dev.spotter.science.assessment;

import dev.spotter.science.assessment.SeniorFitnessTest.Band;
import dev.spotter.science.assessment.SeniorFitnessTest.Item;
import dev.spotter.science.body.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SeniorFitnessTestTests {

    @Test
    void chairStandsAreComparedWithTheMiddleHalfOfTheirAgeGroup() {
        // Rikli & Jones normal range, women 60-64: 12-17 stands.
        assertThat(SeniorFitnessTest.classify(Item.CHAIR_STAND, Sex.FEMALE, 62, 11)).contains(Band.BELOW_NORMAL_RANGE);
        assertThat(SeniorFitnessTest.classify(Item.CHAIR_STAND, Sex.FEMALE, 62, 12)).contains(Band.WITHIN_NORMAL_RANGE);
        assertThat(SeniorFitnessTest.classify(Item.CHAIR_STAND, Sex.FEMALE, 62, 17)).contains(Band.WITHIN_NORMAL_RANGE);
        assertThat(SeniorFitnessTest.classify(Item.CHAIR_STAND, Sex.FEMALE, 62, 18)).contains(Band.ABOVE_NORMAL_RANGE);
        // Men 90-94: 7-12; the band starts at 90.
        assertThat(SeniorFitnessTest.classify(Item.CHAIR_STAND, Sex.MALE, 89, 7)).contains(Band.BELOW_NORMAL_RANGE);
        assertThat(SeniorFitnessTest.classify(Item.CHAIR_STAND, Sex.MALE, 90, 7)).contains(Band.WITHIN_NORMAL_RANGE);
    }

    @Test
    void theSixMinuteWalkTableInYardsIsComparedWithMetres() {
        // Women 70-74: 480-615 yards; 480 yd = 438.912 m, 479 yd = 437.998 m.
        assertThat(SeniorFitnessTest.normalRange(Item.SIX_MINUTE_WALK, Sex.FEMALE, 72).orElseThrow().low())
                .isCloseTo(438.912, within(1e-9));
        assertThat(SeniorFitnessTest.classify(Item.SIX_MINUTE_WALK, Sex.FEMALE, 72, 438.912))
                .contains(Band.WITHIN_NORMAL_RANGE);
        assertThat(SeniorFitnessTest.classify(Item.SIX_MINUTE_WALK, Sex.FEMALE, 72, 437.998))
                .contains(Band.BELOW_NORMAL_RANGE);
    }

    @Test
    void reachesAreSignedAndComparedInInches() {
        // Chair sit-and-reach, women 60-64: -0.5 to +5.0 in; 0.127 m is exactly 5.0 in.
        assertThat(SeniorFitnessTest.classify(Item.CHAIR_SIT_AND_REACH, Sex.FEMALE, 60, 0.127))
                .contains(Band.WITHIN_NORMAL_RANGE);
        assertThat(SeniorFitnessTest.classify(Item.CHAIR_SIT_AND_REACH, Sex.FEMALE, 60, 0.13))
                .contains(Band.ABOVE_NORMAL_RANGE);
        // Back scratch, men 75-79: -9.0 to -2.0 in; fingers 10 in (0.254 m) apart are below the range.
        assertThat(SeniorFitnessTest.classify(Item.BACK_SCRATCH, Sex.MALE, 77, -0.254))
                .contains(Band.BELOW_NORMAL_RANGE);
        assertThat(SeniorFitnessTest.classify(Item.BACK_SCRATCH, Sex.MALE, 77, -0.0508))
                .contains(Band.WITHIN_NORMAL_RANGE);
    }

    @Test
    void aFasterUpAndGoIsTheBetterSide() {
        // Women 80-84: 8.7-5.7 s.
        assertThat(SeniorFitnessTest.classify(Item.EIGHT_FOOT_UP_AND_GO, Sex.FEMALE, 80, 5.6))
                .contains(Band.ABOVE_NORMAL_RANGE);
        assertThat(SeniorFitnessTest.classify(Item.EIGHT_FOOT_UP_AND_GO, Sex.FEMALE, 80, 8.7))
                .contains(Band.WITHIN_NORMAL_RANGE);
        assertThat(SeniorFitnessTest.classify(Item.EIGHT_FOOT_UP_AND_GO, Sex.FEMALE, 80, 8.8))
                .contains(Band.BELOW_NORMAL_RANGE);
    }

    @Test
    void theOtherItemsUseTheirOwnRows() {
        // Arm curl, men 60-64: 16-22; two-minute step, women 80-84: 60-90.
        assertThat(SeniorFitnessTest.classify(Item.ARM_CURL, Sex.MALE, 64, 15)).contains(Band.BELOW_NORMAL_RANGE);
        assertThat(SeniorFitnessTest.classify(Item.ARM_CURL, Sex.MALE, 64, 22)).contains(Band.WITHIN_NORMAL_RANGE);
        assertThat(SeniorFitnessTest.classify(Item.TWO_MINUTE_STEP, Sex.FEMALE, 84, 91))
                .contains(Band.ABOVE_NORMAL_RANGE);
    }

    @Test
    void hasNoRangeOutsideSixtyToNinetyFourNorWhereTheSourcesDisagree() {
        assertThat(SeniorFitnessTest.classify(Item.CHAIR_STAND, Sex.FEMALE, 59, 14)).isEmpty();
        assertThat(SeniorFitnessTest.classify(Item.CHAIR_STAND, Sex.FEMALE, 95, 14)).isEmpty();
        assertThat(SeniorFitnessTest.classify(Item.EIGHT_FOOT_UP_AND_GO, Sex.MALE, 67, 5.0)).isEmpty();
        assertThat(SeniorFitnessTest.classify(Item.EIGHT_FOOT_UP_AND_GO, Sex.MALE, 62, 5.0))
                .contains(Band.WITHIN_NORMAL_RANGE);
    }
}
