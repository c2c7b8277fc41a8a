package dev.spotter.science.body;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NavyBodyFatTests {

    // The equations as Hodgdon & Beckett (1984) give them in centimetres, worked by hand.

    @Test
    void estimatesAMansBodyFatFromNeckWaistAndHeight() {
        // Neck 38 cm, waist 90 cm, height 180 cm: log10(52) = 1.71600, log10(180) = 2.25527;
        // density = 1.0324 - 0.19077 x 1.71600 + 0.15456 x 2.25527 = 1.05361; 495 / 1.05361 - 450 = 19.81 %.
        BodyFatEstimate estimate = NavyBodyFat.men(0.38, 0.90, 1.80);
        assertThat(estimate.bodyDensity()).isCloseTo(1.05361, within(0.00001));
        assertThat(estimate.percentFat()).isCloseTo(19.81, within(0.01));
        assertThat(estimate.equation().display()).isEqualTo("US Navy (Hodgdon & Beckett 1984)");
    }

    @Test
    void estimatesAWomansBodyFatFromNeckWaistHipAndHeight() {
        // Neck 32, waist 70, hip 95, height 165 cm: log10(133) = 2.12385, log10(165) = 2.21748;
        // density = 1.29579 - 0.35004 x 2.12385 + 0.22100 x 2.21748 = 1.04242; 495 / 1.04242 - 450 = 24.86 %.
        BodyFatEstimate estimate = NavyBodyFat.women(0.32, 0.70, 0.95, 1.65);
        assertThat(estimate.bodyDensity()).isCloseTo(1.04242, within(0.00001));
        assertThat(estimate.percentFat()).isCloseTo(24.86, within(0.01));
        assertThat(estimate.equation()).isEqualTo(BodyFatEquation.US_NAVY_WOMEN);
    }

    @Test
    void aFormWithEveryFieldGivesTheSameEstimateAsTheTypedEquation() {
        assertThat(NavyBodyFat.estimate(Sex.MALE, 0.38, 0.90, null, 1.80))
                .isEqualTo(NavyBodyFat.men(0.38, 0.90, 1.80));
        assertThat(NavyBodyFat.estimate(Sex.FEMALE, 0.32, 0.70, 0.95, 1.65))
                .isEqualTo(NavyBodyFat.women(0.32, 0.70, 0.95, 1.65));
    }

    @Test
    void refusesIncompleteMeasurementsNamingWhatIsMissing() {
        assertThatThrownBy(() -> NavyBodyFat.estimate(Sex.FEMALE, 0.32, 0.70, null, 1.65))
                .hasMessage("hip circumference is needed for the US Navy equation");
        assertThatThrownBy(() -> NavyBodyFat.estimate(Sex.MALE, null, 0.90, null, 1.80))
                .hasMessage("neck circumference is needed for the US Navy equation");
    }

    @Test
    void refusesAWaistNoLargerThanTheNeck() {
        assertThatThrownBy(() -> NavyBodyFat.men(0.45, 0.45, 1.80))
                .hasMessage("waist circumference must be larger than neck circumference for the US Navy equation");
    }

    @Test
    void refusesCircumferencesOutsideTheHumanRange() {
        assertThatThrownBy(() -> NavyBodyFat.men(38, 90, 180))
                .hasMessage("neck circumference must be between 0.2 and 0.7 m");
    }
}
