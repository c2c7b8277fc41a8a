package dev.spotter.science.body;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasurementTests {

    @Test
    void keepsAValueInsideTheHumanRange() {
        Measurement waist = new Measurement(Measurement.Kind.WAIST, 0.86);
        assertThat(waist.value()).isEqualTo(0.86);
        assertThat(waist.kind().unit()).isEqualTo("m");
    }

    @Test
    void refusesAValueOutsideItNamingTheFieldAndTheRange() {
        // A waist typed in centimetres instead of metres.
        assertThatThrownBy(() -> new Measurement(Measurement.Kind.WAIST, 86))
                .hasMessage("waist circumference must be between 0.4 and 2 m");
        assertThatThrownBy(() -> new Measurement(Measurement.Kind.TRICEPS_SKINFOLD, 0))
                .hasMessage("triceps skinfold must be between 1 and 80 mm");
        assertThatThrownBy(() -> new Measurement(Measurement.Kind.BODY_MASS, Double.NaN))
                .hasMessage("body mass must be between 10 and 350 kg");
    }
}
