package dev.spotter.clients.engine;

import dev.spotter.clients.IntensityCeiling;
import dev.spotter.clients.engine.AcsmScreening.Clearance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input of the ACSM 2015 algorithm (Riebe et al., Med Sci Sports Exerc 2015;47:2473-9, Figure 2) and the
 * branch it must reach. A known disease with symptoms follows the symptoms branch, as in the figure.
 */
class AcsmScreeningTests {

    @ParameterizedTest(name = "exercises={0}, disease={1}, symptoms={2} -> branch {3}")
    @CsvSource({
            // not exercising regularly
            "false, false, false, 1, NOT_NECESSARY,       LIGHT_TO_MODERATE, LIGHT_TO_MODERATE, false",
            "false, true,  false, 2, BEFORE_ANY_EXERCISE, NONE,              LIGHT_TO_MODERATE, false",
            "false, false, true,  3, BEFORE_ANY_EXERCISE, NONE,              LIGHT_TO_MODERATE, false",
            "false, true,  true,  3, BEFORE_ANY_EXERCISE, NONE,              LIGHT_TO_MODERATE, false",
            // exercising regularly
            "true,  false, false, 4, NOT_NECESSARY,       VIGOROUS,          VIGOROUS,          false",
            "true,  true,  false, 5, BEFORE_VIGOROUS,     MODERATE,          VIGOROUS,          false",
            "true,  false, true,  6, BEFORE_ANY_EXERCISE, NONE,              LIGHT_TO_MODERATE, true",
            "true,  true,  true,  6, BEFORE_ANY_EXERCISE, NONE,              LIGHT_TO_MODERATE, true"
    })
    void followsTheDecisionTable(boolean exercises, boolean disease, boolean symptoms, int branch,
                                 Clearance clearance, IntensityCeiling now, IntensityCeiling afterClearance,
                                 boolean stop) {
        AcsmScreening.Result result = AcsmScreening.assess(exercises, disease, symptoms);
        assertThat(result.branch()).isEqualTo(branch);
        assertThat(result.clearance()).isEqualTo(clearance);
        assertThat(result.ceilingNow()).isEqualTo(now);
        assertThat(result.ceilingAfterClearance()).isEqualTo(afterClearance);
        assertThat(result.stopExercising()).isEqualTo(stop);
        assertThat(result.recommendation()).isNotBlank();
    }
}
