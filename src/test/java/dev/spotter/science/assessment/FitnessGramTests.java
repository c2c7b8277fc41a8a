package dev.spotter.science.assessment;

import dev.spotter.science.assessment.FitnessGram.Zone;
import dev.spotter.science.body.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FitnessGramTests {

    @Test
    void aerobicCapacityHasThreeZonesFromAgeTen() {
        // 2010 standards, boys 14: NI-health risk <=39.6, NI 39.7-42.4, HFZ >=42.5.
        assertThat(FitnessGram.aerobicCapacity(Sex.MALE, 14, 42.5)).contains(Zone.HEALTHY_FITNESS_ZONE);
        assertThat(FitnessGram.aerobicCapacity(Sex.MALE, 14, 42.4)).contains(Zone.NEEDS_IMPROVEMENT);
        assertThat(FitnessGram.aerobicCapacity(Sex.MALE, 14, 39.7)).contains(Zone.NEEDS_IMPROVEMENT);
        assertThat(FitnessGram.aerobicCapacity(Sex.MALE, 14, 39.6)).contains(Zone.NEEDS_IMPROVEMENT_HEALTH_RISK);
        // Girls over 17 (used for 18): NI-health risk <=35.3, HFZ >=38.6.
        assertThat(FitnessGram.aerobicCapacity(Sex.FEMALE, 18, 38.6)).contains(Zone.HEALTHY_FITNESS_ZONE);
        assertThat(FitnessGram.aerobicCapacity(Sex.FEMALE, 18, 35.3)).contains(Zone.NEEDS_IMPROVEMENT_HEALTH_RISK);
    }

    @Test
    void setsNoAerobicStandardBeforeTen() {
        assertThat(FitnessGram.aerobicCapacity(Sex.FEMALE, 9, 45)).isEmpty();
        assertThat(FitnessGram.aerobicCapacity(Sex.FEMALE, 19, 45)).isEmpty();
    }

    @Test
    void boysBodyFatHasAVeryLeanZoneBelowTheHealthyOne() {
        // Boys 12: very lean <=8.3, HFZ 8.4-23.6, NI 23.7-35.8, NI-health risk >=35.9.
        assertThat(FitnessGram.percentFat(Sex.MALE, 12, 8.3)).contains(Zone.VERY_LEAN);
        assertThat(FitnessGram.percentFat(Sex.MALE, 12, 8.4)).contains(Zone.HEALTHY_FITNESS_ZONE);
        assertThat(FitnessGram.percentFat(Sex.MALE, 12, 23.6)).contains(Zone.HEALTHY_FITNESS_ZONE);
        assertThat(FitnessGram.percentFat(Sex.MALE, 12, 23.7)).contains(Zone.NEEDS_IMPROVEMENT);
        assertThat(FitnessGram.percentFat(Sex.MALE, 12, 35.9)).contains(Zone.NEEDS_IMPROVEMENT_HEALTH_RISK);
    }

    @Test
    void boysBmiUsesTheOverSeventeenRowAtEighteen() {
        // Boys over 17: very lean <=18.2, HFZ 18.3-25.1, NI-health risk >=27.5.
        assertThat(FitnessGram.bmi(Sex.MALE, 18, 25.1)).contains(Zone.HEALTHY_FITNESS_ZONE);
        assertThat(FitnessGram.bmi(Sex.MALE, 18, 25.2)).contains(Zone.NEEDS_IMPROVEMENT);
        assertThat(FitnessGram.bmi(Sex.MALE, 18, 27.5)).contains(Zone.NEEDS_IMPROVEMENT_HEALTH_RISK);
    }

    @Test
    void girlsBodyCompositionHasNoZoneInSpotter() {
        assertThat(FitnessGram.percentFat(Sex.FEMALE, 12, 20)).isEmpty();
        assertThat(FitnessGram.bmi(Sex.FEMALE, 12, 20)).isEmpty();
    }

    @Test
    void curlUpsAndPushUpsNeedTheLowEndOfTheZone() {
        // Curl-ups at 13: boys >=21, girls >=18. 90-degree push-ups at 16: boys >=18, girls >=7.
        assertThat(FitnessGram.curlUps(Sex.MALE, 13, 21)).contains(Zone.HEALTHY_FITNESS_ZONE);
        assertThat(FitnessGram.curlUps(Sex.MALE, 13, 20)).contains(Zone.NEEDS_IMPROVEMENT);
        assertThat(FitnessGram.curlUps(Sex.FEMALE, 13, 18)).contains(Zone.HEALTHY_FITNESS_ZONE);
        assertThat(FitnessGram.pushUps(Sex.MALE, 16, 17)).contains(Zone.NEEDS_IMPROVEMENT);
        assertThat(FitnessGram.pushUps(Sex.FEMALE, 16, 7)).contains(Zone.HEALTHY_FITNESS_ZONE);
        assertThat(FitnessGram.pushUps(Sex.FEMALE, 4, 7)).isEmpty();
    }

    @Test
    void trunkLiftNeedsSixInchesBeforeTenAndNineFrom() {
        double sixInches = 6 * 0.0254;
        assertThat(FitnessGram.trunkLift(Sex.FEMALE, 9, sixInches)).contains(Zone.HEALTHY_FITNESS_ZONE);
        assertThat(FitnessGram.trunkLift(Sex.FEMALE, 10, sixInches)).contains(Zone.NEEDS_IMPROVEMENT);
        assertThat(FitnessGram.trunkLift(Sex.MALE, 10, 9 * 0.0254)).contains(Zone.HEALTHY_FITNESS_ZONE);
        assertThatThrownBy(() -> FitnessGram.trunkLift(Sex.MALE, 10, 0.35))
                .hasMessage("trunk lift must be between 0 and 0.3048 m (12 inches)");
    }

    @Test
    void backSaverSitAndReachMustReachOnBothSides() {
        // Boys 8 in at every age; girls 9 in to 10, 10 in for 11-14, 12 in from 15.
        assertThat(FitnessGram.backSaverSitAndReach(Sex.MALE, 12, 8 * 0.0254, 9 * 0.0254))
                .contains(Zone.HEALTHY_FITNESS_ZONE);
        assertThat(FitnessGram.backSaverSitAndReach(Sex.FEMALE, 15, 12 * 0.0254, 11.5 * 0.0254))
                .contains(Zone.NEEDS_IMPROVEMENT);
        assertThat(FitnessGram.backSaverSitAndReach(Sex.FEMALE, 14, 10 * 0.0254, 10 * 0.0254))
                .contains(Zone.HEALTHY_FITNESS_ZONE);
    }
}
