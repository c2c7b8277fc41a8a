package dev.spotter.science.body;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BmiTests {

    @Test
    void dividesMassByTheSquareOfHeight() {
        // 70 kg at 1.75 m: 70 / 1.75² = 70 / 3.0625 = 22.86 kg/m², in the WHO normal range.
        Bmi bmi = Bmi.of(70, 1.75, 40);
        assertThat(bmi.value()).isCloseTo(22.86, within(0.005));
        assertThat(bmi.category()).isEqualTo(Bmi.Category.NORMAL);
    }

    @Test
    void placesEachWhoCutOffAtTheStartOfItsBand() {
        // WHO TRS 894 (2000), Table 2.1: <18.50, 18.50-24.99, 25.00-29.99, 30.00-34.99, 35.00-39.99, >=40.00.
        assertThat(Bmi.Category.of(18.49)).isEqualTo(Bmi.Category.UNDERWEIGHT);
        assertThat(Bmi.Category.of(18.5)).isEqualTo(Bmi.Category.NORMAL);
        assertThat(Bmi.Category.of(24.99)).isEqualTo(Bmi.Category.NORMAL);
        assertThat(Bmi.Category.of(25.0)).isEqualTo(Bmi.Category.OVERWEIGHT);
        assertThat(Bmi.Category.of(29.99)).isEqualTo(Bmi.Category.OVERWEIGHT);
        assertThat(Bmi.Category.of(30.0)).isEqualTo(Bmi.Category.OBESITY_CLASS_I);
        assertThat(Bmi.Category.of(35.0)).isEqualTo(Bmi.Category.OBESITY_CLASS_II);
        assertThat(Bmi.Category.of(39.99)).isEqualTo(Bmi.Category.OBESITY_CLASS_II);
        assertThat(Bmi.Category.of(40.0)).isEqualTo(Bmi.Category.OBESITY_CLASS_III);
    }

    @Test
    void givesNoAdultCategoryUnderEighteen() {
        Bmi bmi = Bmi.of(70, 1.75, 17);
        assertThat(bmi.value()).isCloseTo(22.86, within(0.005));
        assertThat(bmi.category()).isEqualTo(Bmi.Category.NOT_APPLICABLE);
        assertThat(Bmi.of(70, 1.75, 18).category()).isEqualTo(Bmi.Category.NORMAL);
    }

    @Test
    void refusesMeasurementsOutsideTheHumanRange() {
        assertThatThrownBy(() -> Bmi.of(70, 175, 40)).hasMessage("height must be between 0.5 and 2.5 m");
        assertThatThrownBy(() -> Bmi.of(7, 1.75, 40)).hasMessage("body mass must be between 10 and 350 kg");
    }

    @Property(tries = 300)
    void aHeavierAdultOfTheSameHeightIsNeverInALowerCategory(
            @ForAll @DoubleRange(min = 30, max = 250) double massKg,
            @ForAll @DoubleRange(min = 0, max = 50) double extraKg,
            @ForAll @DoubleRange(min = 1.3, max = 2.2) double heightM) {
        Bmi lighter = Bmi.of(massKg, heightM, 30);
        Bmi heavier = Bmi.of(Math.min(massKg + extraKg, 350), heightM, 30);
        assertThat(heavier.category().compareTo(lighter.category())).isGreaterThanOrEqualTo(0);
    }
}
