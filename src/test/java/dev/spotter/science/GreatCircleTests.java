package dev.spotter.science;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GreatCircleTests {

    @Test
    void oneDegreeAlongAMeridianIsTheRadiusTimesPiOver180() {
        // 6,371,008.8 m x pi / 180 = 111,195.08 m
        assertThat(GreatCircle.meters(0, 0, 1, 0)).isCloseTo(111_195.08, within(0.01));
        assertThat(GreatCircle.meters(45, 7, 46, 7)).isCloseTo(111_195.08, within(0.01));
    }

    @Test
    void aDegreeOfLongitudeShrinksWithTheCosineOfLatitude() {
        // At 60 degrees north: 2 R asin(cos 60 x sin 0.5 degrees) = 55,597.0 m, about half the equator's degree.
        assertThat(GreatCircle.meters(60, 0, 60, 1)).isCloseTo(55_597.0, within(0.1));
    }

    @Test
    void refusesPositionsOffTheGlobe() {
        assertThatThrownBy(() -> GreatCircle.meters(91, 0, 0, 0))
                .hasMessage("latitude must be between -90 and 90 degrees");
    }
}
