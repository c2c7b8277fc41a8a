package dev.spotter.science.assessment;

import dev.spotter.science.assessment.BloodPressure.Category;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardiovascularNormsTests {

    @Test
    void bloodPressureFollowsTheAccAhaCategoriesAtEachBoundary() {
        // Whelton et al. 2017, Table 6: normal <120 and <80; elevated 120-129 and <80; stage 1 130-139 or 80-89;
        // stage 2 >=140 or >=90.
        assertThat(BloodPressure.classify(119, 79)).isEqualTo(Category.NORMAL);
        assertThat(BloodPressure.classify(120, 79)).isEqualTo(Category.ELEVATED);
        assertThat(BloodPressure.classify(129, 79)).isEqualTo(Category.ELEVATED);
        assertThat(BloodPressure.classify(130, 70)).isEqualTo(Category.STAGE_1);
        assertThat(BloodPressure.classify(118, 80)).isEqualTo(Category.STAGE_1);
        assertThat(BloodPressure.classify(139, 89)).isEqualTo(Category.STAGE_1);
        assertThat(BloodPressure.classify(140, 70)).isEqualTo(Category.STAGE_2);
        assertThat(BloodPressure.classify(125, 90)).isEqualTo(Category.STAGE_2);
    }

    @Test
    void aCrisisIsSystolicAbove180OrDiastolicAbove120() {
        // Whelton et al. 2017, section 11.2: >180 and/or >120 mm Hg.
        assertThat(BloodPressure.classify(180, 120)).isEqualTo(Category.STAGE_2);
        assertThat(BloodPressure.classify(181, 100)).isEqualTo(Category.HYPERTENSIVE_CRISIS);
        assertThat(BloodPressure.classify(170, 121)).isEqualTo(Category.HYPERTENSIVE_CRISIS);
    }

    @Test
    void refusesADiastolicReadingAboveTheSystolic() {
        assertThatThrownBy(() -> BloodPressure.classify(80, 120))
                .hasMessage("diastolic pressure must be below systolic pressure");
        assertThatThrownBy(() -> BloodPressure.classify(400, 80))
                .hasMessage("systolic pressure must be between 60 and 300 mmHg");
    }

    @Test
    void restingHeartRateIsRatedAgainstTheAdultRangeOf60To100() {
        assertThat(RestingHeartRate.classify(59)).isEqualTo(RestingHeartRate.Category.BELOW_RANGE);
        assertThat(RestingHeartRate.classify(60)).isEqualTo(RestingHeartRate.Category.NORMAL);
        assertThat(RestingHeartRate.classify(100)).isEqualTo(RestingHeartRate.Category.NORMAL);
        assertThat(RestingHeartRate.classify(101)).isEqualTo(RestingHeartRate.Category.ABOVE_RANGE);
    }

    @Property(tries = 500)
    void aHigherSystolicPressureNeverLowersTheCategory(@ForAll @IntRange(min = 90, max = 250) int systolic,
                                                      @ForAll @IntRange(min = 0, max = 40) int rise,
                                                      @ForAll @IntRange(min = 40, max = 85) int diastolic) {
        Category before = BloodPressure.classify(systolic, diastolic);
        Category after = BloodPressure.classify(Math.min(systolic + rise, 300), diastolic);
        assertThat(after.compareTo(before)).isGreaterThanOrEqualTo(0);
    }
}
