package dev.spotter.science;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RpeChartTests {

    @Test
    void readsCellsAsTheChartPrintsThem() {
        // Helms et al. 2016 / Tuchscherer: a single at RPE 10 is the 1RM itself.
        assertThat(RpeChart.percentOf1Rm(1, 10)).isEqualTo(100.0);
        assertThat(RpeChart.percentOf1Rm(5, 8)).isEqualTo(81.1);
        assertThat(RpeChart.percentOf1Rm(3, 9.5)).isEqualTo(90.7);
        assertThat(RpeChart.percentOf1Rm(8, 9)).isEqualTo(76.2);
        assertThat(RpeChart.percentOf1Rm(12, 6.5)).isEqualTo(58.6);
    }

    @Test
    void estimatesA1RmAdjustedForEffort() {
        // 100 kg x 5 at RPE 8 is 81.1 % of 1RM: 100 / 0.811 = 123.30 kg.
        assertThat(RpeChart.estimate1Rm(100, 5, 8)).isCloseTo(123.30, within(0.01));
    }

    @Test
    void givesTheLoadForAPrescribedSet() {
        // With a 150 kg estimated 1RM, 3 reps at RPE 8 is 86.3 %: 150 x 0.863 = 129.45 kg.
        assertThat(RpeChart.loadFor(150, 3, 8)).isCloseTo(129.45, within(1e-9));
    }

    @Test
    void oneRpeLowerIsOneMoreRepetitionToFailure() {
        // The chart's shape: a cell depends only on reps + reps in reserve, so a typo in the table breaks this.
        // Checked over every cell that has a neighbour, not a sample of them.
        for (int reps = 1; reps < RpeChart.MAX_REPS; reps++) {
            for (double rpe = 7.5; rpe <= 10; rpe += 0.5) {
                assertThat(RpeChart.percentOf1Rm(reps, rpe - 1)).as(reps + " reps at RPE " + (rpe - 1))
                        .isEqualTo(RpeChart.percentOf1Rm(reps + 1, rpe));
            }
        }
    }

    @Test
    void percentagesFallWithRepetitionsAndRiseWithEffort() {
        for (int reps = 1; reps <= RpeChart.MAX_REPS; reps++) {
            for (double rpe = 6.5; rpe <= 10; rpe += 0.5) {
                if (reps > 1) {
                    assertThat(RpeChart.percentOf1Rm(reps, rpe)).isLessThan(RpeChart.percentOf1Rm(reps - 1, rpe));
                }
                if (rpe > 6.5) {
                    assertThat(RpeChart.percentOf1Rm(reps, rpe - 0.5)).isLessThan(RpeChart.percentOf1Rm(reps, rpe));
                }
            }
        }
    }

    @Test
    void theLoadForASetGivesBackTheEstimateItCameFrom() {
        for (int reps = 1; reps <= RpeChart.MAX_REPS; reps++) {
            for (double rpe = 6.5; rpe <= 10; rpe += 0.5) {
                for (double e1Rm = 20; e1Rm <= 400; e1Rm += 7.5) {
                    double load = RpeChart.loadFor(e1Rm, reps, rpe);
                    assertThat(RpeChart.estimate1Rm(load, reps, rpe)).isCloseTo(e1Rm, within(1e-9));
                }
            }
        }
    }

    @Test
    void refusesSetsOffTheChart() {
        assertThatThrownBy(() -> RpeChart.percentOf1Rm(13, 8))
                .hasMessage("reps must be between 1 and 12 to use the RPE chart");
        assertThatThrownBy(() -> RpeChart.percentOf1Rm(5, 6))
                .hasMessage("RPE must be between 6.5 and 10 in half steps to use the RPE chart");
        assertThatThrownBy(() -> RpeChart.percentOf1Rm(5, 8.3))
                .hasMessage("RPE must be between 6.5 and 10 in half steps to use the RPE chart");
        assertThat(RpeChart.covers(5, 8.5)).isTrue();
        assertThat(RpeChart.covers(5, 8.3)).isFalse();
    }
}
