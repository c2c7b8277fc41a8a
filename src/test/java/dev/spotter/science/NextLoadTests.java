package dev.spotter.science;

import dev.spotter.science.NextLoad.Method;
import dev.spotter.science.NextLoad.Rule;
import dev.spotter.science.NextLoad.Suggestion;
import dev.spotter.science.NextLoad.Target;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NextLoadTests {

    private static final LoadRounding BARBELL = LoadRounding.barbell(MassUnit.KG, 20, 25, 20, 15, 10, 5, 2.5, 1.25);
    private static final Target EIGHT_TO_TWELVE_AT_8 = new Target(8, 12, 8, Method.DOUBLE_PROGRESSION);
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    private final NextLoad nextLoad = new NextLoad(BARBELL);

    @Test
    void addsTheSmallestIncrementWhenEverySetReachesTheTopAtTheTargetEffort() {
        Suggestion suggestion = nextLoad.suggest(List.of(session(0,
                LoggedSet.withRpe(20, 10, 5), // a warm-up, not a working set
                LoggedSet.withRpe(60, 12, 7), LoggedSet.withRpe(60, 12, 7.5), LoggedSet.withRir(60, 12, 2))),
                EIGHT_TO_TWELVE_AT_8);

        assertThat(suggestion.loadKg()).isEqualTo(62.5);
        assertThat(suggestion.rule()).isEqualTo(Rule.ADD_LOAD);
        assertThat(suggestion.reason())
                .isEqualTo("Every set reached 12 reps at RPE 8 or easier, so go up to 62.5 kg.");
    }

    @Test
    void holdsTheLoadWhenTheRepsAreThereButTheEffortWasAboveTarget() {
        Suggestion suggestion = nextLoad.suggest(List.of(session(0,
                LoggedSet.withRpe(60, 12, 8), LoggedSet.withRpe(60, 12, 9.5))), EIGHT_TO_TWELVE_AT_8);

        assertThat(suggestion.loadKg()).isEqualTo(60);
        assertThat(suggestion.rule()).isEqualTo(Rule.HOLD_LOAD);
        assertThat(suggestion.reason()).contains("felt harder than RPE 8");
    }

    @Test
    void holdsTheLoadAndAsksForMoreRepsInsideTheRange() {
        Suggestion suggestion = nextLoad.suggest(List.of(session(0,
                LoggedSet.of(60, 11), LoggedSet.of(60, 10), LoggedSet.of(60, 9))), EIGHT_TO_TWELVE_AT_8);

        assertThat(suggestion.loadKg()).isEqualTo(60);
        assertThat(suggestion.rule()).isEqualTo(Rule.HOLD_LOAD);
        assertThat(suggestion.reason())
                .isEqualTo("Stay at 60 kg and add a rep or two per set until every set reaches 12.");
    }

    @Test
    void holdsAtTheNearestLoadTheEquipmentMakes() {
        // 61 kg was logged, but a 20 kg bar with 1.25 kg plates makes 60 or 62.5 kg.
        Suggestion suggestion = nextLoad.suggest(List.of(session(0, LoggedSet.of(61, 10))), EIGHT_TO_TWELVE_AT_8);

        assertThat(suggestion.loadKg()).isEqualTo(60);
        assertThat(suggestion.rule()).isEqualTo(Rule.HOLD_LOAD);
    }

    @Test
    void holdsTheLoadWhenOnlyLaterSetsFallShort() {
        Suggestion suggestion = nextLoad.suggest(List.of(session(0,
                LoggedSet.of(60, 9), LoggedSet.of(60, 8), LoggedSet.of(60, 6))), EIGHT_TO_TWELVE_AT_8);

        assertThat(suggestion.rule()).isEqualTo(Rule.HOLD_LOAD);
        assertThat(suggestion.loadKg()).isEqualTo(60);
    }

    @Test
    void reducesTheLoadWhenTheFirstSetFallsBelowTheRange() {
        // Epley: 60 x (1 + 5/30) = 70 kg; for 8 reps 70 / (1 + 8/30) = 55.26 kg; loadable at or below: 55 kg.
        Suggestion suggestion = nextLoad.suggest(List.of(session(0,
                LoggedSet.of(60, 5), LoggedSet.of(60, 5), LoggedSet.of(60, 4))), EIGHT_TO_TWELVE_AT_8);

        assertThat(suggestion.loadKg()).isEqualTo(55);
        assertThat(suggestion.rule()).isEqualTo(Rule.REDUCE_LOAD);
        assertThat(suggestion.reason()).isEqualTo("The first set fell short of 8 reps, so drop to 55 kg to train "
                + "inside the range.");
    }

    @Test
    void setsTheLoadFromTheRpeChartWhenThePrescriptionAutoregulates() {
        // Best set 100 x 5 at RPE 7 = 78.6 %: e1RM 100 / 0.786 = 127.23 kg. Five at RPE 8 = 81.1 %:
        // 127.23 x 0.811 = 103.18 kg, nearest loadable 102.5 kg.
        Target fiveAt8 = new Target(5, 5, 8, Method.RPE_CHART);
        Suggestion suggestion = nextLoad.suggest(List.of(session(0,
                LoggedSet.withRpe(100, 5, 7), LoggedSet.withRpe(100, 5, 7.5))), fiveAt8);

        assertThat(suggestion.loadKg()).isEqualTo(102.5);
        assertThat(suggestion.rule()).isEqualTo(Rule.RPE_CHART);
        assertThat(suggestion.reason()).isEqualTo("The best set, 100 kg x 5 at RPE 7, puts the estimated 1RM at "
                + "127.23 kg, so 5 reps at RPE 8 calls for 102.5 kg.");
    }

    @Test
    void fallsBackToDoubleProgressionWhenNoSetWasRated() {
        Target fiveAt8 = new Target(3, 5, 8, Method.RPE_CHART);
        Suggestion suggestion = nextLoad.suggest(List.of(session(0, LoggedSet.of(100, 5), LoggedSet.of(100, 5))),
                fiveAt8);

        assertThat(suggestion.rule()).isEqualTo(Rule.ADD_LOAD);
        assertThat(suggestion.loadKg()).isEqualTo(102.5);
    }

    @Test
    void deloadsAfterThreeSessionsWithoutANewBest() {
        List<Exposure> sessions = List.of(
                session(0, LoggedSet.of(100, 5), LoggedSet.of(100, 5)),
                session(1, LoggedSet.of(100, 5), LoggedSet.of(100, 4)),
                session(2, LoggedSet.of(100, 5), LoggedSet.of(100, 5)),
                session(3, LoggedSet.of(100, 4), LoggedSet.of(100, 4)));

        assertThat(NextLoad.stalled(sessions)).isTrue();
        assertThat(NextLoad.stalled(sessions.subList(0, 3))).as("two sessions are not a stall").isFalse();
        Suggestion suggestion = nextLoad.suggest(sessions, new Target(5, 5, 8, Method.DOUBLE_PROGRESSION));
        // 100 x (1 - 0.10) = 90 kg
        assertThat(suggestion.loadKg()).isEqualTo(90);
        assertThat(suggestion.rule()).isEqualTo(Rule.DELOAD);
        assertThat(suggestion.reason()).isEqualTo("No new best in the last 3 sessions, so deload to 90 kg and build "
                + "back up, or switch to a variation of the exercise.");
    }

    @Test
    void anExtraRepIsProgressNotAStall() {
        List<Exposure> sessions = List.of(
                session(0, LoggedSet.of(100, 5)),
                session(1, LoggedSet.of(100, 5)),
                session(2, LoggedSet.of(100, 6)),
                session(3, LoggedSet.of(100, 5)));

        assertThat(NextLoad.stalled(sessions)).isFalse();
    }

    @Test
    void neverSuggestsMoreThanTheClientsLimit() {
        NextLoad capped = new NextLoad(BARBELL, 61);
        Suggestion suggestion = capped.suggest(List.of(session(0, LoggedSet.of(60, 12), LoggedSet.of(60, 12))),
                EIGHT_TO_TWELVE_AT_8);

        assertThat(suggestion.loadKg()).isEqualTo(60);
        assertThat(suggestion.rule()).isEqualTo(Rule.ADD_LOAD);
        assertThat(suggestion.reason())
                .isEqualTo("The rule points to 62.5 kg, but this client's limit is 61 kg, so use 60 kg.");
    }

    @Test
    void saysSoWhenTheNextDumbbellIsABigJump() {
        NextLoad dumbbells = new NextLoad(LoadRounding.steps(MassUnit.KG, 2, 2, 40));
        Suggestion suggestion = dumbbells.suggest(List.of(session(0, LoggedSet.of(10, 12), LoggedSet.of(10, 12))),
                EIGHT_TO_TWELVE_AT_8);

        // 12 / 10 - 1 = 20 %, above the 2-10 % of the ACSM position stand.
        assertThat(suggestion.loadKg()).isEqualTo(12);
        assertThat(suggestion.reason()).contains("a 20 % jump");
    }

    @Test
    void refusesWhatItCannotJudge() {
        assertThatThrownBy(() -> nextLoad.suggest(List.of(), EIGHT_TO_TWELVE_AT_8))
                .hasMessage("a suggestion needs at least one logged session of the exercise");
        assertThatThrownBy(() -> nextLoad.suggest(List.of(session(0, LoggedSet.of(0, 12))), EIGHT_TO_TWELVE_AT_8))
                .hasMessageStartingWith("load suggestions are for loaded exercises");
        assertThatThrownBy(() -> nextLoad.suggest(List.of(session(0, LoggedSet.of(60, 8)),
                new Exposure(MONDAY, "deadlift", List.of(LoggedSet.of(60, 8)))), EIGHT_TO_TWELVE_AT_8))
                .hasMessage("the sessions must all be of one exercise");
        assertThatThrownBy(() -> new Target(12, 8, 8, Method.DOUBLE_PROGRESSION))
                .hasMessage("target reps must be between 1 and 100, the low end first");
        assertThatThrownBy(() -> LoggedSet.of(60, 0)).hasMessage("reps must be between 1 and 100");
        assertThatThrownBy(() -> LoggedSet.withRpe(60, 5, 11)).hasMessage("RPE must be between 1 and 10");
    }

    private static Exposure session(int week, LoggedSet... sets) {
        return new Exposure(MONDAY.plusWeeks(week), "back-squat", List.of(sets));
    }
}
