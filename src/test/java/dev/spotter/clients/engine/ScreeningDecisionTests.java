package dev.spotter.clients.engine;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.IntensityCeiling;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The combined decision always takes the more cautious of PAR-Q+ and ACSM. */
class ScreeningDecisionTests {

    @Test
    void cannotFinaliseAnIncompleteQuestionnaire() {
        var acsm = AcsmScreening.assess(true, false, false);
        assertThatThrownBy(() -> ScreeningDecision.decide(ParQPlus.Outcome.INCOMPLETE, acsm))
                .isInstanceOf(ScreeningDecision.Unfinished.class).hasMessageContaining("seven");
        assertThatThrownBy(() -> ScreeningDecision.decide(ParQPlus.Outcome.FOLLOW_UP_NEEDED, acsm))
                .isInstanceOf(ScreeningDecision.Unfinished.class).hasMessageContaining("follow-up");
    }

    @Test
    void aHealthyRegularExerciserMayTrainVigorously() {
        var decision = ScreeningDecision.decide(ParQPlus.Outcome.READY, AcsmScreening.assess(true, false, false));
        assertThat(decision.status()).isEqualTo(ClearanceStatus.NOT_REQUIRED);
        assertThat(decision.ceiling()).isEqualTo(IntensityCeiling.VIGOROUS);
    }

    @Test
    void aHealthyBeginnerStartsLightToModerate() {
        var decision = ScreeningDecision.decide(ParQPlus.Outcome.READY_AFTER_FOLLOW_UP,
                AcsmScreening.assess(false, false, false));
        assertThat(decision.status()).isEqualTo(ClearanceStatus.NOT_REQUIRED);
        assertThat(decision.ceiling()).isEqualTo(IntensityCeiling.LIGHT_TO_MODERATE);
    }

    @Test
    void aParQConcernOverridesAReassuringAlgorithm() {
        var decision = ScreeningDecision.decide(ParQPlus.Outcome.SEEK_ADVICE, AcsmScreening.assess(true, false, false));
        assertThat(decision.status()).isEqualTo(ClearanceStatus.RECOMMENDED);
        assertThat(decision.ceiling()).isEqualTo(IntensityCeiling.NONE);
        assertThat(decision.reason()).contains("PAR-Q+");
    }

    @Test
    void aKnownDiseaseInAnExerciserCapsAtModerateUntilCleared() {
        var acsm = AcsmScreening.assess(true, true, false);
        var decision = ScreeningDecision.decide(ParQPlus.Outcome.READY_AFTER_FOLLOW_UP, acsm);
        assertThat(decision.status()).isEqualTo(ClearanceStatus.RECOMMENDED_FOR_VIGOROUS);
        assertThat(decision.ceiling()).isEqualTo(IntensityCeiling.MODERATE);

        assertThat(ScreeningDecision.cleared(acsm, null).ceiling()).isEqualTo(IntensityCeiling.VIGOROUS);
        assertThat(ScreeningDecision.cleared(acsm, IntensityCeiling.MODERATE).ceiling())
                .isEqualTo(IntensityCeiling.MODERATE);
    }

    @Test
    void symptomsStopTrainingUntilCleared() {
        var acsm = AcsmScreening.assess(false, false, true);
        var decision = ScreeningDecision.decide(ParQPlus.Outcome.READY_AFTER_FOLLOW_UP, acsm);
        assertThat(decision.status()).isEqualTo(ClearanceStatus.RECOMMENDED);
        assertThat(decision.status().blocksTraining()).isTrue();
        assertThat(decision.ceiling()).isEqualTo(IntensityCeiling.NONE);
        var cleared = ScreeningDecision.cleared(acsm, null);
        assertThat(cleared.status()).isEqualTo(ClearanceStatus.CLEARED);
        assertThat(cleared.ceiling()).isEqualTo(IntensityCeiling.LIGHT_TO_MODERATE);
    }
}
