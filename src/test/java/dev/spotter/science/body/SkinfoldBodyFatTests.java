package dev.spotter.science.body;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SkinfoldBodyFatTests {

    // The equations as their papers print them, worked by hand.

    @Test
    void jacksonPollockGivesAMansDensityFromChestAbdomenAndThigh() {
        // Chest 10 + abdomen 20 + thigh 15 = 45 mm, age 30:
        // 1.10938 - 0.0008267 x 45 + 0.0000016 x 2025 - 0.0002574 x 30 = 1.0676965; Siri 495 / 1.0676965 - 450
        // = 13.61 %.
        BodyFatEstimate estimate = SkinfoldBodyFat.jacksonPollock3Men(10, 20, 15, 30);
        assertThat(estimate.bodyDensity()).isCloseTo(1.0676965, within(1e-7));
        assertThat(estimate.percentFat()).isCloseTo(13.61, within(0.01));
        assertThat(estimate.equation().display())
                .isEqualTo("Jackson & Pollock 3-site (Jackson & Pollock 1978; Siri 1961)");
    }

    @Test
    void jacksonPollockWardGivesAWomansDensityFromTricepsSuprailiacAndThigh() {
        // Triceps 15 + suprailiac 12 + thigh 20 = 47 mm, age 30:
        // 1.0994921 - 0.0009929 x 47 + 0.0000023 x 2209 - 0.0001392 x 30 = 1.0537305; 495 / 1.0537305 - 450
        // = 19.76 %.
        BodyFatEstimate estimate = SkinfoldBodyFat.jacksonPollock3Women(15, 12, 20, 30);
        assertThat(estimate.bodyDensity()).isCloseTo(1.0537305, within(1e-7));
        assertThat(estimate.percentFat()).isCloseTo(19.76, within(0.01));
        assertThat(estimate.equation().shortCitation()).isEqualTo("Jackson, Pollock & Ward 1980; Siri 1961");
    }

    @Test
    void siriConvertsDensityToPerCentFat() {
        // Siri (1961): at the fat-free density of 1.100 g/cm³ there is no fat; at 1.000, 495 - 450 = 45 %.
        assertThat(Siri.percentFat(1.100)).isCloseTo(0.0, within(1e-9));
        assertThat(Siri.percentFat(1.000)).isCloseTo(45.0, within(1e-9));
    }

    @Test
    void refusesChildrenAndSkinfoldsOutsideTheCaliperRange() {
        assertThatThrownBy(() -> SkinfoldBodyFat.jacksonPollock3Men(10, 20, 15, 16))
                .hasMessage("the Jackson & Pollock equations are for ages 18 to 100 years");
        assertThatThrownBy(() -> SkinfoldBodyFat.jacksonPollock3Women(15, 120, 20, 30))
                .hasMessage("suprailiac skinfold must be between 1 and 80 mm");
    }

    @Property(tries = 300)
    void siriFallsAsDensityRises(@ForAll @DoubleRange(min = 0.95, max = 1.09) @Scale(4) double density,
                                 @ForAll @DoubleRange(min = 0.0001, max = 0.05) @Scale(4) double step) {
        double denser = Math.min(density + step, Siri.MAX_DENSITY);
        assertThat(Siri.percentFat(denser)).isLessThan(Siri.percentFat(density));
    }
}
