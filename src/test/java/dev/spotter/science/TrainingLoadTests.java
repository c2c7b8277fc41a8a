package dev.spotter.science;

import dev.spotter.science.TrainingLoad.Flag;
import dev.spotter.science.TrainingLoad.Session;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TrainingLoadTests {

    private static final LocalDate DAY_1 = LocalDate.of(2025, 1, 6);

    @Test
    void sessionLoadIsTheRatingTimesTheMinutes() {
        // Foster et al. 2001: a 60-minute session rated 7 ("very hard") on CR-10 is 7 x 60 = 420 arbitrary units.
        assertThat(TrainingLoad.sessionRpe(7, 60)).isEqualTo(420);
        assertThatThrownBy(() -> TrainingLoad.sessionRpe(11, 60)).hasMessage("session RPE must be between 0 and 10");
    }

    @Test
    void dailySeriesAddsSessionsOfADayAndCountsRestDaysAsZero() {
        TrainingLoad load = TrainingLoad.of(List.of(
                new Session(DAY_1, 300), new Session(DAY_1, 120), new Session(DAY_1.plusDays(2), 450),
                new Session(DAY_1.minusDays(1), 999)), DAY_1, DAY_1.plusDays(6));

        assertThat(load.on(DAY_1)).isEqualTo(420);
        assertThat(load.on(DAY_1.plusDays(1))).isZero();
        assertThat(load.weekly(DAY_1.plusDays(6))).as("the session before the series is left out").isEqualTo(870);
    }

    @Test
    void monotonyAndStrainFollowFoster() {
        // Week 300, 0, 450, 300, 0, 600, 300: total 1950, mean 278.57. Squared deviations 459.2 + 77602.0 + 29387.8
        // + 459.2 + 77602.0 + 103316.3 + 459.2 = 289285.7; / 7 = 41326.5; SD = 203.29. Monotony 278.57 / 203.29 =
        // 1.370; strain 1950 x 1.370 = 2672.1.
        TrainingLoad load = week(300, 0, 450, 300, 0, 600, 300);
        LocalDate sunday = DAY_1.plusDays(6);

        assertThat(load.weekly(sunday)).isEqualTo(1950);
        assertThat(load.monotony(sunday)).hasValueCloseTo(1.3703, within(1e-4));
        assertThat(load.strain(sunday)).hasValueCloseTo(2672.12, within(0.01));
    }

    @Test
    void monotonyHasNoValueWhenEveryDayIsTheSame() {
        assertThat(week(200, 200, 200, 200, 200, 200, 200).monotony(DAY_1.plusDays(6))).isEmpty();
    }

    @Test
    void ewmaStartsFromTheFirstWeeksMeanAndDecaysByTwoOverNPlusOne() {
        // First week 100, 0, 100, 0, 100, 0, 100: seed = 400 / 7 = 57.143.
        // Acute, lambda = 2 / (7 + 1) = 0.25: day 1 = 0.25 x 100 + 0.75 x 57.143 = 67.857;
        //                                      day 2 = 0.25 x 0 + 0.75 x 67.857 = 50.893.
        // Chronic, lambda = 2 / (28 + 1) = 0.06897: day 1 = 0.06897 x 100 + 0.93103 x 57.143 = 60.099.
        TrainingLoad load = week(100, 0, 100, 0, 100, 0, 100);

        assertThat(load.ewma(DAY_1, 7)).isCloseTo(67.857, within(1e-3));
        assertThat(load.ewma(DAY_1.plusDays(1), 7)).isCloseTo(50.893, within(1e-3));
        assertThat(load.ewma(DAY_1, 28)).isCloseTo(60.099, within(1e-3));
    }

    @Test
    void aLoadSpikeRaisesBothRatiosAndTheWeeklyFlag() {
        // Three weeks at 100 a day, then a week at 200 a day.
        List<Session> sessions = new ArrayList<>();
        for (int day = 0; day < 28; day++) {
            sessions.add(new Session(DAY_1.plusDays(day), day < 21 ? 100 : 200));
        }
        LocalDate day28 = DAY_1.plusDays(27);
        TrainingLoad load = TrainingLoad.of(sessions, DAY_1, day28);

        // Rolling: acute mean 200; chronic mean (21 x 100 + 7 x 200) / 28 = 3500 / 28 = 125; 200 / 125 = 1.6.
        assertThat(load.rollingAcwr(day28)).hasValueCloseTo(1.6, within(1e-9));
        // EWMA, seeded at 100 and steady at 100 for three weeks, then seven days at 200:
        // acute = 200 - 100 x 0.75^7 = 200 - 13.348 = 186.652;
        // chronic = 200 - 100 x (27/29)^7 = 200 - 60.640 = 139.360; ratio 186.652 / 139.360 = 1.3394.
        assertThat(load.ewma(day28, 7)).isCloseTo(186.652, within(1e-3));
        assertThat(load.ewma(day28, 28)).isCloseTo(139.360, within(1e-3));
        assertThat(load.ewmaAcwr(day28)).hasValueCloseTo(1.3394, within(1e-4));
        // Week on week: 1400 / 700 - 1 = +100 %.
        assertThat(load.weekOverWeekChange(day28)).hasValueCloseTo(1.0, within(1e-9));

        assertThat(load.flags(day28))
                .containsExactlyInAnyOrder(Flag.ROLLING_ACWR_ABOVE_1_5, Flag.WEEKLY_RISE_ABOVE_15_PERCENT);
        assertThat(load.flags(DAY_1.plusDays(20))).isEmpty();
    }

    @Test
    void ratiosNeedFourWeeksOfHistory() {
        TrainingLoad load = week(100, 100, 100, 100, 100, 100, 100);

        assertThat(load.rollingAcwr(DAY_1.plusDays(6))).isEmpty();
        assertThat(load.ewmaAcwr(DAY_1.plusDays(6))).isEmpty();
        assertThat(load.weekOverWeekChange(DAY_1.plusDays(6))).isEmpty();
        assertThatThrownBy(() -> load.on(DAY_1.plusDays(7)))
                .hasMessage("the day must be between 2025-01-06 and 2025-01-12");
    }

    private static TrainingLoad week(double... loads) {
        List<Session> sessions = new ArrayList<>();
        for (int day = 0; day < loads.length; day++) {
            sessions.add(new Session(DAY_1.plusDays(day), loads[day]));
        }
        return TrainingLoad.of(sessions, DAY_1, DAY_1.plusDays(loads.length - 1));
    }
}
