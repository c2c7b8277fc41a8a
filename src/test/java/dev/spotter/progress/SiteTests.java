package dev.spotter.progress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A measurement is converted to SI from the unit it was entered in, and refused in a unit that cannot be right. */
class SiteTests {

    @Test
    void convertsInchesAndPoundsToSi() {
        // The international inch is 2.54 cm and the pound 0.45359237 kg, both exact by the 1959 agreement.
        assertThat(Site.WAIST.check(34, Unit.IN).si()).isEqualTo(0.864);
        assertThat(Site.BODY_MASS.check(180, Unit.LB).si()).isEqualTo(81.65);
    }

    @Test
    void saysWhichUnitAnOutOfRangeValueLooksLike() {
        assertThat(Site.WAIST.check(34, Unit.CM).problem())
                .isEqualTo("must be between 40 and 200 cm (34 looks like in)");
        assertThat(Site.HEIGHT.check(178, Unit.IN).problem())
                .isEqualTo("must be between 19.69 and 98.43 in (178 looks like cm)");
        assertThat(Site.BODY_MASS.check(2, Unit.KG).problem()).isEqualTo("must be between 10 and 350 kg");
    }

    @Test
    void refusesAUnitOfTheWrongKind() {
        assertThat(Site.WAIST.check(80, Unit.KG).problem()).isEqualTo("is a length and cannot be in kg");
    }
}
