package dev.spotter.exercises.engine;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.Level;
import dev.spotter.exercises.Library;
import dev.spotter.exercises.Pattern;
import dev.spotter.exercises.SafetyTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked cases a trainer would recognise. */
class SubstitutionEngineTests {

    private final SubstitutionEngine engine = new SubstitutionEngine();

    @Test
    void replacesAPushUpForSoreWristsWithAPushThatSparesThem() {
        Exercise pushUp = Library.byId("push-up");
        Substitution result = engine.substitute(pushUp, Library.builtIn(),
                new ClientContext(Set.of(SafetyTag.LOADED_WRIST_EXTENSION), null, Level.ADVANCED, Set.of()));

        assertThat(result.originalSafe()).isFalse();
        assertThat(result.originalConflicts()).containsExactly(SafetyTag.LOADED_WRIST_EXTENSION);
        assertThat(result.alternatives()).isNotEmpty().allSatisfy(alternative -> {
            assertThat(alternative.exercise().tags()).doesNotContain(SafetyTag.LOADED_WRIST_EXTENSION);
            assertThat(alternative.exercise().pattern()).isEqualTo(Pattern.HORIZONTAL_PUSH);
            assertThat(alternative.reason()).contains("keeps horizontal push")
                    .contains("avoids loaded wrist extension");
        });
    }

    @Test
    void findsAHomeOptionForAGymSquatAndSaysWhatItNeeds() {
        Exercise backSquat = Library.byId("back-squat");
        Substitution result = engine.substitute(backSquat, Library.builtIn(),
                new ClientContext(Set.of(), EnumSet.of(Equipment.CHAIR, Equipment.BANDS), Level.BEGINNER, Set.of()));

        assertThat(result.originalFeasible()).isFalse();
        assertThat(result.alternatives()).isNotEmpty();
        Alternative best = result.alternatives().get(0);
        assertThat(best.exercise().pattern()).isEqualTo(Pattern.SQUAT);
        assertThat(best.exercise().equipment()).isSubsetOf(EnumSet.of(Equipment.NONE, Equipment.CHAIR,
                Equipment.BANDS));
        assertThat(best.reason()).contains("keeps squat");
        assertThat(best.reason()).containsAnyOf("needs no equipment", "needs only");
        assertThat(best.reason()).contains("suits a beginner");
    }

    @Test
    void movesAwayFromAPainfulPattern() {
        Exercise lunge = Library.byId("reverse-lunge");
        Substitution result = engine.substitute(lunge, Library.builtIn(),
                new ClientContext(Set.of(), null, Level.ADVANCED, Set.of(Pattern.LUNGE)));
        assertThat(result.alternatives()).isNotEmpty()
                .allSatisfy(alternative -> assertThat(alternative.exercise().pattern()).isNotEqualTo(Pattern.LUNGE));
        assertThat(result.alternatives().get(0).reason()).contains("moves away from the painful lunge");
    }

    @Test
    void explainsWhenNothingIsSafe() {
        Exercise pullUp = Library.byId("pull-up");
        Substitution result = engine.substitute(pullUp, Library.builtIn(),
                new ClientContext(EnumSet.allOf(SafetyTag.class), EnumSet.noneOf(Equipment.class), Level.BEGINNER,
                        EnumSet.of(Pattern.VERTICAL_PULL, Pattern.HORIZONTAL_PULL, Pattern.ISOLATION)));
        assertThat(result.found()).isFalse();
        assertThat(result.explanation()).startsWith("No safe alternative").contains("vertical pull");
    }

    @Test
    void treatsUnreviewedTagsAsUnknownNotSafe() {
        Exercise squat = Library.byId("goblet-squat");
        Exercise imported = new Exercise("fedb-mystery-squat", "Mystery squat", List.of(), "", squat.modality(),
                squat.pattern(), squat.primary(), squat.secondary(), squat.equipment(), squat.level(), false,
                squat.load(), Set.of(), false, Set.of(), "", List.of(), List.of(), "", "", List.of(), List.of(),
                null, Exercise.Origin.IMPORTED, "free-exercise-db", "Mystery_Squat");
        List<Exercise> library = List.of(squat, imported);

        assertThat(engine.substitute(squat, library, ClientContext.unrestricted()).alternatives())
                .extracting(alternative -> alternative.exercise().id()).containsExactly("fedb-mystery-squat");
        assertThat(engine.substitute(squat, library,
                new ClientContext(Set.of(SafetyTag.IMPACT), null, Level.ADVANCED, Set.of())).found()).isFalse();
    }

    @Test
    void neverOffersTheExerciseItself() {
        Exercise plank = Library.byId("forearm-plank");
        assertThat(engine.substitute(plank, Library.builtIn(), ClientContext.unrestricted()).alternatives())
                .noneMatch(alternative -> alternative.exercise().id().equals("forearm-plank"));
    }
}
