package dev.spotter.science;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EnergyTests {

    @Test
    void kcalPerMinuteFollowsTheAcsmMetabolicEquation() {
        // 3.5 MET x 3.5 x 70 kg / 200 = 4.2875 kcal/min
        assertThat(Energy.kcalPerMinute(3.5, 70)).isCloseTo(4.2875, within(1e-9));
    }

    @Test
    void sessionEnergyIsThePerMinuteRateTimesTheMinutes() {
        // 3.5 x 3.5 x 70 / 200 x 30 = 128.6 kcal
        assertThat(Energy.sessionKcal(3.5, 70, 30)).isCloseTo(128.6, within(0.05));
    }

    @Test
    void refusesImpossibleInputs() {
        assertThatThrownBy(() -> Energy.kcalPerMinute(30, 70)).hasMessage("MET must be between 0.9 and 25");
        assertThatThrownBy(() -> Energy.kcalPerMinute(3.5, 5)).hasMessage("body mass must be between 20 and 350 kg");
        assertThatThrownBy(() -> Energy.sessionKcal(3.5, 70, -1)).hasMessage("minutes must be between 0 and 1440");
    }
}
