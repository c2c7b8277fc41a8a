package dev.spotter.training.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionEnergyTests {

    @Test
    void reproducesTheAcsmWorkedExampleForATimedActivity() {
        // ACSM's metabolic calculation: a 70 kg client at 8 METs spends 8 x 3.5 x 70 / 200 = 9.8 kcal a minute,
        // so 30 minutes cost 294 kcal, which a session estimate reports to the nearest 5.
        long kcal = SessionEnergy.kcal(List.of(new SessionEnergy.Part(8.0, 30 * 60)), 30, 70);
        assertThat(kcal).isEqualTo(295);
    }

    @Test
    void theUntimedRestOfTheSessionCountsAtTheAverageMetOfTheOtherExercises() {
        // 10 minutes of rowing at 7 METs, and 40 minutes of lifting at the mean of 5 and 3 = 4 METs, for 80 kg:
        // 7 x 3.5 x 80 / 200 x 10 = 98, plus 4 x 3.5 x 80 / 200 x 40 = 224, 322 in all.
        long kcal = SessionEnergy.kcal(List.of(new SessionEnergy.Part(7.0, 600), new SessionEnergy.Part(5.0, 0),
                new SessionEnergy.Part(3.0, 0)), 50, 80);
        assertThat(kcal).isEqualTo(320);
    }

    @Test
    void exercisesWithoutAMetCountAsModerateResistanceTraining() {
        // Compendium code 02054 at 3.5 METs: 3.5 x 3.5 x 60 / 200 = 3.675 kcal a minute, 45 minutes 165.4.
        long kcal = SessionEnergy.kcal(List.of(new SessionEnergy.Part(null, 0)), 45, 60);
        assertThat(kcal).isEqualTo(165);
    }

    @Test
    void refusesImpossibleDurations() {
        assertThatThrownBy(() -> SessionEnergy.kcal(List.of(), -1, 70)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionEnergy.Part(5.0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
