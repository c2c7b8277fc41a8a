package dev.spotter.science;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LoadRoundingTests {

    private static final LoadRounding OLYMPIC_KG = LoadRounding.barbell(MassUnit.KG, 20, 25, 20, 15, 10, 5, 2.5, 1.25);
    private static final LoadRounding POUNDS = LoadRounding.barbell(MassUnit.LB, 45, 45, 35, 25, 10, 5, 2.5);

    @Test
    void roundsToTheNearestLoadAKilogramPlateSetMakes() {
        // 20 kg bar + pairs of plates down to 1.25 kg: every 2.5 kg from 20 kg.
        assertThat(OLYMPIC_KG.round(101)).isEqualTo(100);
        assertThat(OLYMPIC_KG.round(101.3)).isEqualTo(102.5);
        assertThat(OLYMPIC_KG.round(61.25)).as("a tie goes to the lighter load").isEqualTo(60);
        assertThat(OLYMPIC_KG.round(5)).as("nothing is lighter than the bar").isEqualTo(20);
        assertThat(OLYMPIC_KG.nextAbove(100)).hasValue(102.5);
        assertThat(OLYMPIC_KG.nextBelow(20)).isEmpty();
    }

    @Test
    void roundsInPoundsAndAnswersInKilograms() {
        // 45 lb bar + pairs down to 2.5 lb: every 5 lb from 45 lb. 102.5 kg = 225.97 lb, nearest 225 lb = 102.06 kg.
        double load = POUNDS.round(102.5);
        assertThat(load).isCloseTo(225 * 0.45359237, within(1e-9));
        assertThat(POUNDS.describe(load)).isEqualTo("225 lb");
        assertThat(POUNDS.describe(POUNDS.round(MassUnit.LB.toKg(227.5)))).isEqualTo("225 lb");
        assertThat(POUNDS.describe(POUNDS.nextAbove(load).orElseThrow())).isEqualTo("230 lb");
    }

    @Test
    void neverRoundsAboveTheCapEvenByAFraction() {
        // 100 kg sits a hair above a cap of 99.9999 kg, so the next load down it is.
        assertThat(OLYMPIC_KG.round(100, 99.9999)).isEqualTo(97.5);
        // 99.9 lb rounds to 100 lb (45 + 55), but a 99.9 lb cap forbids it: 95 lb.
        assertThat(POUNDS.describe(POUNDS.round(MassUnit.LB.toKg(99.9), MassUnit.LB.toKg(99.9)))).isEqualTo("95 lb");
    }

    @Test
    void neverRoundsAboveTheCap() {
        // 103 kg is nearest 102.5 kg, but the cap is 102 kg, so it comes down to 100 kg.
        assertThat(OLYMPIC_KG.round(103, 102)).isEqualTo(100);
        assertThat(OLYMPIC_KG.round(103, 102.5)).isEqualTo(102.5);
        assertThatThrownBy(() -> OLYMPIC_KG.round(10, 15))
                .hasMessage("the lightest load this equipment allows is above the maximum of 15 kg");
    }

    @Test
    void findsLoadsAPlateSetWithGapsCanMake() {
        // Only 20 and 15 kg plates: a side holds 0, 15, 20, 30, 35, 40, 45... so the bar makes 20, 50, 60, 80, 90...
        LoadRounding sparse = LoadRounding.barbell(MassUnit.KG, 20, 20, 15);
        assertThat(sparse.round(35)).isEqualTo(20);
        assertThat(sparse.round(36)).isEqualTo(50);
        assertThat(sparse.round(70)).isEqualTo(60);
        assertThat(sparse.nextAbove(60)).hasValue(80);
    }

    @Test
    void roundsDumbbellsToTheRack() {
        LoadRounding rack = LoadRounding.steps(MassUnit.KG, 2, 2, 40);
        assertThat(rack.round(13)).isEqualTo(12);
        assertThat(rack.round(13.1)).isEqualTo(14);
        assertThat(rack.round(15, 13)).isEqualTo(12);
        assertThat(rack.round(60)).isEqualTo(40);
        LoadRounding pounds = LoadRounding.fixed(MassUnit.LB, 5, 8, 10, 12, 15, 20, 25);
        assertThat(pounds.describe(pounds.round(MassUnit.LB.toKg(17)))).isEqualTo("15 lb");
    }

    @Test
    void resultsAreLoadableNearestTheTargetUnlessTheCapForbids() {
        // Every target from 20 to 300 kg in 0.15 kg steps against caps from 20 to 300 kg in 1.15 kg steps, so that
        // targets and caps fall on, beside and between the loadable weights.
        for (int t = 0; t <= 1866; t++) {
            double target = 20 + t * 0.15;
            double uncapped = OLYMPIC_KG.round(target);
            assertThat(Math.abs(uncapped - target)).isLessThanOrEqualTo(1.25 + 1e-9);
            for (int c = 0; c <= 243; c++) {
                double cap = 20 + c * 1.15;
                double load = OLYMPIC_KG.round(target, cap);
                assertThat(load).isLessThanOrEqualTo(cap + 1e-9);
                assertThat((load - 20) / 2.5).isCloseTo(Math.rint((load - 20) / 2.5), within(1e-9));
                if (uncapped <= cap) {
                    assertThat(load).isEqualTo(uncapped);
                } else {
                    // Rounding would pass the cap, so it is the heaviest load under the cap, less than a step below.
                    assertThat(cap - load).isBetween(-1e-9, 2.5);
                }
            }
        }
    }

    @Test
    void refusesEquipmentThatCannotExist() {
        assertThatThrownBy(() -> LoadRounding.barbell(MassUnit.KG, 20))
                .hasMessage("plates must each weigh between 0.1 kg and 50 kg, and there must be at least one size");
        assertThatThrownBy(() -> LoadRounding.barbell(MassUnit.KG, 80, 20))
                .hasMessage("bar weight must be between 0 and 50 kg");
        assertThatThrownBy(() -> OLYMPIC_KG.round(-5)).hasMessage("target load must be between 0 and 1000 kg");
    }
}
