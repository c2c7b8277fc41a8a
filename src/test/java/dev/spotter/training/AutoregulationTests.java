package dev.spotter.training;

import java.math.BigDecimal;
import java.util.List;

import dev.spotter.platform.tenancy.Units;
import dev.spotter.programs.engine.Dose;
import dev.spotter.programs.engine.LoadRule;
import dev.spotter.programs.engine.Prescription;
import dev.spotter.science.MassUnit;
import dev.spotter.science.NextLoad;
import dev.spotter.studios.Loading;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a prescription becomes a load target, and what a studio's weights round a load to. */
class AutoregulationTests {

    private static Prescription item(Dose dose, LoadRule load) {
        return new Prescription("a1", "back-squat", "Back squat", 3, dose, false, load, 120, null, null, List.of());
    }

    @Test
    void repsInReserveBecomeTheRpeTargetAndUseTheRpeChartWhereItReaches() {
        // Two to three in reserve is RPE 7.5 on the reps-in-reserve scale (RPE = 10 - RIR).
        NextLoad.Target target = Autoregulation.target(item(Dose.reps(6, 8), LoadRule.rir(2, 3))).orElseThrow();
        assertThat(target).isEqualTo(new NextLoad.Target(6, 8, 7.5, NextLoad.Method.RPE_CHART));
    }

    @Test
    void highRepetitionTargetsOffTheChartProgressByDoubleProgression() {
        NextLoad.Target target = Autoregulation.target(item(Dose.reps(12, 15), LoadRule.rir(1, 2))).orElseThrow();
        assertThat(target.method()).isEqualTo(NextLoad.Method.DOUBLE_PROGRESSION);
        assertThat(target.rpe()).isEqualTo(8.5);
    }

    @Test
    void timedHeartRateAndBodyWeightWorkHasNoLoadTarget() {
        assertThat(Autoregulation.target(item(Dose.seconds(30), LoadRule.rir(2, 3)))).isEmpty();
        assertThat(Autoregulation.target(item(Dose.reps(10, 12), LoadRule.bodyweight(2, 3)))).isEmpty();
        assertThat(Autoregulation.target(item(Dose.minutes(20), LoadRule.heartRateReserve(40, 59)))).isEmpty();
    }

    @Test
    void loadsRoundToTheStudiosOwnPlatesAndDumbbells() {
        Loading studio = new Loading(MassUnit.KG, new BigDecimal("20"), List.of(new BigDecimal("10"),
                new BigDecimal("5")), new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("40"),
                new BigDecimal("5"), true);
        // With only 10 and 5 kg plates a bar moves in steps of 10 kg: 47 kg is loaded as 50.
        assertThat(studio.barbell().round(47)).isEqualTo(50);
        assertThat(studio.dumbbells().round(13.5)).isEqualTo(14);
        assertThat(studio.stack().round(33)).isEqualTo(35);
    }

    @Test
    void imperialStudiosDefaultToPoundPlates() {
        Loading defaults = Loading.defaults(Units.IMPERIAL);
        assertThat(defaults.unit()).isEqualTo(MassUnit.LB);
        // 100 kg is 220.5 lb; a 45 lb bar with pairs of 45, 35, 25, 10, 5 and 2.5 lb plates loads 220 lb.
        assertThat(MassUnit.LB.fromKg(defaults.barbell().round(100))).isCloseTo(220, org.assertj.core.data.Offset
                .offset(1e-6));
        assertThat(LoadSuggestion.amount(defaults.barbell().round(100), MassUnit.LB)).isEqualByComparingTo("220");
    }
}
