package dev.spotter.training.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.spotter.training.LoggedSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client did last time reads the way a coach would write it. */
class PerformanceTests {

    @Test
    void equalSetsReadAsSetsTimesReps() {
        assertThat(Performance.describe(List.of(lift(1, 10, "40"), lift(2, 10, "40"), lift(3, 10, "40"))))
                .isEqualTo("3 x 10 @ 40 kg");
    }

    @Test
    void unequalRepsAtOneLoadAreListed() {
        assertThat(Performance.describe(List.of(lift(1, 10, "42.5"), lift(2, 8, "42.5"))))
                .isEqualTo("10, 8 @ 42.5 kg");
    }

    @Test
    void changingLoadsAreListedSetBySet() {
        assertThat(Performance.describe(List.of(lift(1, 10, "40"), lift(2, 8, "45"))))
                .isEqualTo("10 @ 40 kg, 8 @ 45 kg");
    }

    @Test
    void cardioReadsAsTimeAndDistance() {
        LoggedSet run = new LoggedSet(UUID.randomUUID(), UUID.randomUUID(), "run", "run", 1, null, null, null, null,
                1200, 3200, 150, null, true, Instant.EPOCH);
        assertThat(Performance.describe(List.of(run))).isEqualTo("20 min, 3.2 km");
    }

    @Test
    void nothingDoneReadsAsNothing() {
        assertThat(Performance.describe(List.of())).isNull();
    }

    private static LoggedSet lift(int number, int reps, String kg) {
        return new LoggedSet(UUID.randomUUID(), UUID.randomUUID(), "squat", "goblet-squat", number, reps,
                new BigDecimal(kg), null, null, null, null, null, null, true, Instant.EPOCH);
    }
}
