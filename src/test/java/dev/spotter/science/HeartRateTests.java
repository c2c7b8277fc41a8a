package dev.spotter.science;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class HeartRateTests {

    @Test
    void tanakaPredictsMaximalHeartRateFromAge() {
        // Tanaka et al. 2001: at 40 years, 208 - 0.7 x 40 = 180 beats/min.
        assertThat(HeartRate.maxTanaka(40)).isCloseTo(180.0, within(1e-9));
        assertThat(HeartRate.maxTanaka(58)).isCloseTo(167.4, within(1e-9));
    }

    @Test
    void karvonenAddsAFractionOfTheReserveToRestingHeartRate() {
        // The worked example in ACSM's Guidelines (Karvonen method): resting 70, maximal 180, 60 % of reserve
        // gives 70 + 0.6 x 110 = 136 beats/min.
        assertThat(HeartRate.karvonen(70, 180, 0.60)).isCloseTo(136.0, within(1e-9));
    }

    @Test
    void rejectsImpossibleInputs() {
        assertThatThrownBy(() -> HeartRate.karvonen(190, 180, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeartRate.karvonen(60, 180, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeartRate.maxTanaka(2)).isInstanceOf(IllegalArgumentException.class);
    }
}
