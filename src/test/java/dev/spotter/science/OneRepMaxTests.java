package dev.spotter.science;

import dev.spotter.science.OneRepMax.Formula;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OneRepMaxTests {

    // Each worked example is 100 kg for 10 repetitions, put through the equation as its paper prints it.

    @Test
    void epleyAddsAThirtiethOfTheLoadPerRepetition() {
        // 100 x (1 + 10/30) = 100 x 1.3333 = 133.33 kg
        assertThat(Formula.EPLEY.estimate(100, 10)).isCloseTo(133.33, within(0.01));
        assertThat(OneRepMax.estimate(100, 10)).isEqualTo(Formula.EPLEY.estimate(100, 10));
    }

    @Test
    void brzyckiDividesByALinearFractionOfTheRepetitions() {
        // 100 / (1.0278 - 0.0278 x 10) = 100 / 0.7498 = 133.37 kg
        assertThat(Formula.BRZYCKI.estimate(100, 10)).isCloseTo(133.37, within(0.01));
    }

    @Test
    void lombardiRaisesTheRepetitionsToATenth() {
        // 100 x 10^0.10 = 100 x 1.2589 = 125.89 kg
        assertThat(Formula.LOMBARDI.estimate(100, 10)).isCloseTo(125.89, within(0.01));
    }

    @Test
    void mayhewUsesAnExponentialDecayInRepetitions() {
        // e^(-0.055 x 10) = 0.57695; 41.9 x 0.57695 = 24.174; 52.2 + 24.174 = 76.374; 100 x 100 / 76.374 = 130.93 kg
        assertThat(Formula.MAYHEW.estimate(100, 10)).isCloseTo(130.93, within(0.01));
    }

    @Test
    void oConnerAddsTwoAndAHalfPercentPerRepetition() {
        // 100 x (1 + 0.025 x 10) = 100 x 1.25 = 125.0 kg
        assertThat(Formula.OCONNER.estimate(100, 10)).isCloseTo(125.0, within(1e-9));
    }

    @Test
    void wathanUsesAnExponentialDecayInRepetitions() {
        // e^(-0.075 x 10) = 0.47237; 53.8 x 0.47237 = 25.413; 48.8 + 25.413 = 74.213; 100 x 100 / 74.213 = 134.75 kg
        assertThat(Formula.WATHAN.estimate(100, 10)).isCloseTo(134.75, within(0.01));
    }

    @Test
    void landerDividesByALinearPercentageOfTheRepetitions() {
        // 101.3 - 2.67123 x 10 = 74.5877; 100 x 100 / 74.5877 = 134.07 kg
        assertThat(Formula.LANDER.estimate(100, 10)).isCloseTo(134.07, within(0.01));
    }

    @Test
    void aSingleIsItsOwnMaximumWhateverTheFormula() {
        for (Formula formula : Formula.values()) {
            assertThat(formula.estimate(142.5, 1)).as(formula.label()).isEqualTo(142.5);
        }
    }

    @Test
    void estimatesRiseWithRepetitionsAtTheSameLoad() {
        for (Formula formula : Formula.values()) {
            for (int reps = 2; reps <= OneRepMax.MAX_REPS; reps++) {
                assertThat(formula.estimate(100, reps)).as(formula.label() + " at " + reps)
                        .isGreaterThan(formula.estimate(100, reps - 1));
            }
        }
    }

    @Test
    void setsOfMoreThanTenRepetitionsAreMarkedUnreliable() {
        assertThat(OneRepMax.reliable(10)).isTrue();
        assertThat(OneRepMax.reliable(11)).isFalse();
    }

    @Test
    void refusesRepetitionsOutsideTheRangeAndLoadsThatAreNotLoads() {
        assertThatThrownBy(() -> OneRepMax.estimate(100, 0))
                .hasMessage("reps must be between 1 and 15 to estimate a one-rep max");
        assertThatThrownBy(() -> OneRepMax.estimate(100, 16))
                .hasMessage("reps must be between 1 and 15 to estimate a one-rep max");
        assertThatThrownBy(() -> OneRepMax.estimate(0, 5))
                .hasMessage("load must be above 0 and at most 1000 kg");
        assertThatThrownBy(() -> OneRepMax.estimate(Double.NaN, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
