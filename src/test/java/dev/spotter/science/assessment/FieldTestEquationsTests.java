package dev.spotter.science.assessment;

import dev.spotter.science.body.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FieldTestEquationsTests {

    @Test
    void cooperTurnsTwelveMinuteDistanceIntoVo2max() {
        // Cooper (1968): 2400 m in 12 minutes, (2400 - 504.9) / 44.73 = 42.4 ml/kg/min.
        assertThat(AerobicFieldTests.cooperVo2max(2400)).isCloseTo(42.4, within(0.05));
    }

    @Test
    void oneAndAHalfMileRunAddsRestingOxygenToTheTimeTerm() {
        // 12:00 for 1.5 miles: 3.5 + 483 / 12 = 3.5 + 40.25 = 43.75 ml/kg/min.
        assertThat(AerobicFieldTests.oneAndAHalfMileVo2max(12 * 60)).isCloseTo(43.75, within(1e-9));
    }

    @Test
    void rockportWalkUsesWeightInPoundsAgeSexTimeAndHeartRate() {
        // Kline et al. (1987), worked by hand: a man of 40 years and 80 kg (176.37 lb) walks the mile in 15:00 and
        // ends at 130 beats/min: 132.853 - 0.0769 x 176.37 (13.563) - 0.3877 x 40 (15.508) + 6.315
        // - 3.2649 x 15 (48.974) - 0.1565 x 130 (20.345) = 40.78 ml/kg/min.
        assertThat(AerobicFieldTests.rockportVo2max(Sex.MALE, 40, 80, 15 * 60, 130)).isCloseTo(40.78, within(0.01));
        // A woman otherwise the same loses the 6.315 for sex.
        assertThat(AerobicFieldTests.rockportVo2max(Sex.FEMALE, 40, 80, 15 * 60, 130))
                .isCloseTo(40.78 - 6.315, within(0.01));
    }

    @Test
    void sayersGivesPeakPowerFromJumpHeightAndBodyMass() {
        // Sayers et al. (1999): 50 cm and 80 kg, 60.7 x 50 + 45.3 x 80 - 2055 = 3035 + 3624 - 2055 = 4604 W.
        assertThat(VerticalJump.sayersPeakPowerW(0.50, 80)).isCloseTo(4604, within(1e-9));
    }

    @Test
    void refusesImpossibleFieldTestResults() {
        assertThatThrownBy(() -> AerobicFieldTests.cooperVo2max(9000))
                .hasMessage("a 12-minute run covers at most 6000 m");
        assertThatThrownBy(() -> AerobicFieldTests.oneAndAHalfMileVo2max(120))
                .hasMessage("a 1.5-mile run takes at least 5 minutes");
        assertThatThrownBy(() -> VerticalJump.sayersPeakPowerW(50, 80))
                .hasMessage("jump height must be between 0.01 and 1.5 m");
    }
}
