package dev.spotter.programs.internal;

import java.util.List;

import dev.spotter.clients.IntensityCeiling;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.programs.engine.Block;
import dev.spotter.programs.engine.BlockKind;
import dev.spotter.programs.engine.Dose;
import dev.spotter.programs.engine.LoadRule;
import dev.spotter.programs.engine.Phase;
import dev.spotter.programs.engine.Prescription;
import dev.spotter.programs.engine.Program;
import dev.spotter.programs.engine.ProgressionModel;
import dev.spotter.programs.engine.Session;
import dev.spotter.programs.engine.Specialisation;
import dev.spotter.programs.engine.Week;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The builder's edits on a hand-made three-week program with two sessions a week. */
class ProgramEditsTests {

    private static Prescription item(String slot, String id, int sets) {
        return new Prescription(slot, id, id.replace('-', ' '), sets, Dose.reps(8, 12), false, LoadRule.rir(2, 3),
                90, null, null, List.of());
    }

    private static Week week(int number) {
        Session monday = new Session(1, "Lower", null, List.of(
                new Block(BlockKind.WARM_UP, List.of(item("warm", "leg-swing-front-to-back", 1))),
                new Block(BlockKind.STRENGTH, List.of(item("a", "goblet-squat", 3), item("b", "glute-bridge", 3),
                        item("c", "dead-bug", 2)))));
        Session thursday = new Session(4, "Upper", null, List.of(
                new Block(BlockKind.STRENGTH, List.of(item("a", "push-up", 3), item("b", "inverted-row", 3)))));
        return new Week(number, number == 3, null, List.of(monday, thursday));
    }

    private static final Program PROGRAM = new Program("Test", Specialisation.GENERAL_FITNESS,
            ProgressionModel.LINEAR, 2, 45, IntensityCeiling.VIGOROUS, List.of(),
            List.of(new Phase("One", null, List.of(week(1), week(2))), new Phase("Two", null, List.of(week(3)))), 1);

    private static List<String> slots(Program program, int week, int session) {
        return program.week(week).sessions().get(session - 1).prescriptions().map(Prescription::slot).toList();
    }

    @Test
    void anEditToEveryWeekReachesTheSlotInEachWeekAndNothingElse() {
        Program swapped = ProgramEdits.everyWeek(PROGRAM, 1, "a", item -> item.withExercise("box-squat", "Box squat",
                List.of()));
        for (Week week : swapped.weeks()) {
            assertThat(week.sessions().get(0).prescriptions().filter(i -> i.slot().equals("a")).findFirst()
                    .orElseThrow().exerciseId()).isEqualTo("box-squat");
            assertThat(week.sessions().get(1).prescriptions().filter(i -> i.slot().equals("a")).findFirst()
                    .orElseThrow().exerciseId()).isEqualTo("push-up");
        }
    }

    @Test
    void anEditToOneWeekLeavesTheOtherWeeksAlone() {
        Program changed = ProgramEdits.oneWeek(PROGRAM, 2, 1, "b", item -> item.withDose(5, Dose.reps(5),
                item.load(), 180, null, "Heavy"));
        assertThat(ProgramEdits.find(changed, 2, 1, "b").sets()).isEqualTo(5);
        assertThat(ProgramEdits.find(changed, 1, 1, "b").sets()).isEqualTo(3);
        assertThat(ProgramEdits.find(changed, 3, 1, "b").sets()).isEqualTo(3);
    }

    @Test
    void removingTheLastExerciseOfABlockRemovesTheBlock() {
        Program removed = ProgramEdits.remove(PROGRAM, 1, "warm");
        assertThat(removed.weeks()).allSatisfy(week -> assertThat(week.sessions().get(0).blocks())
                .extracting(Block::kind).containsExactly(BlockKind.STRENGTH));
    }

    @Test
    void movingStaysInsideTheBlockAndStopsAtItsEnds() {
        assertThat(slots(ProgramEdits.move(PROGRAM, 1, "c", -1), 3, 1)).containsExactly("warm", "a", "c", "b");
        assertThat(ProgramEdits.move(PROGRAM, 1, "a", -1)).isEqualTo(PROGRAM);
        assertThat(ProgramEdits.move(PROGRAM, 1, "c", 1)).isEqualTo(PROGRAM);
    }

    @Test
    void addingMakesAMissingBlockInItsPlaceWithAFreeSlot() {
        String slot = ProgramEdits.freeSlot(PROGRAM, 2, BlockKind.WARM_UP);
        Program added = ProgramEdits.add(PROGRAM, 2, BlockKind.WARM_UP, week -> item(slot, "arm-circles", 1));
        assertThat(added.weeks()).allSatisfy(week -> assertThat(week.sessions().get(1).blocks())
                .extracting(Block::kind).containsExactly(BlockKind.WARM_UP, BlockKind.STRENGTH));
        assertThat(ProgramEdits.freeSlot(added, 2, BlockKind.WARM_UP)).isNotEqualTo(slot);
    }

    @Test
    void aSlotOrSessionThatIsNotThereIsAFieldError() {
        assertThatThrownBy(() -> ProgramEdits.remove(PROGRAM, 1, "zz")).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("slot");
        assertThatThrownBy(() -> ProgramEdits.move(PROGRAM, 3, "a", 1)).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("session");
        assertThatThrownBy(() -> ProgramEdits.find(PROGRAM, 9, 1, "a")).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("week");
    }

    @Test
    void sessionsAreNamedAsATrainerWouldSayThem() {
        assertThat(ProgramEdits.describeSession(PROGRAM, 2)).isEqualTo("session 2 (Thursday, Upper)");
    }
}
