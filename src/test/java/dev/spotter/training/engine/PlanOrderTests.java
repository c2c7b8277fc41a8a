package dev.spotter.training.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.spotter.clients.IntensityCeiling;
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

/** The next session is the first one not done, in plan order. */
class PlanOrderTests {

    private final PlanOrder order = new PlanOrder(program(2, 3));

    @Test
    void theFirstSessionComesFirst() {
        assertThat(order.next(Set.of())).contains(new PlanPosition(1, 1, 1, 6));
        assertThat(order.next(Set.of()).orElseThrow().describe()).isEqualTo("Week 1 · Session 1 of 6");
    }

    @Test
    void aMissedSessionComesNextInsteadOfBeingSkipped() {
        Set<PlanOrder.Done> done = Set.of(new PlanOrder.Done(1, 1), new PlanOrder.Done(1, 3));
        assertThat(order.next(done)).contains(new PlanPosition(1, 2, 2, 6));
    }

    @Test
    void afterTheLastSessionOfAWeekTheNextWeekBegins() {
        Set<PlanOrder.Done> done = Set.of(new PlanOrder.Done(1, 1), new PlanOrder.Done(1, 2),
                new PlanOrder.Done(1, 3));
        assertThat(order.next(done)).contains(new PlanPosition(2, 1, 4, 6));
        assertThat(order.session(order.next(done).orElseThrow()).name()).isEqualTo("Week 2 day 1");
    }

    @Test
    void aFinishedPlanHasNoNextSession() {
        Set<PlanOrder.Done> all = Set.copyOf(order.positions().stream()
                .map(position -> new PlanOrder.Done(position.weekNumber(), position.sessionIndex())).toList());
        assertThat(order.next(all)).isEmpty();
    }

    @Test
    void sessionsArePlannedByTheirDayInTheWeekSincePublishing() {
        // Sessions fall on days 1, 3 and 5 of each week.
        assertThat(order.plannedBy(0)).isEqualTo(1);
        assertThat(order.plannedBy(4)).isEqualTo(3);
        assertThat(order.plannedBy(7)).isEqualTo(4);
        assertThat(order.plannedBy(100)).isEqualTo(6);
    }

    static Program program(int weeks, int sessions) {
        Prescription squat = new Prescription("squat", "goblet-squat", "Goblet squat", 3, Dose.reps(8, 12), false,
                LoadRule.rir(2, 3), 90, null, null, List.of());
        List<Week> all = new ArrayList<>();
        for (int week = 1; week <= weeks; week++) {
            List<Session> days = new ArrayList<>();
            for (int day = 1; day <= sessions; day++) {
                days.add(new Session(day * 2 - 1, "Week " + week + " day " + day, null,
                        List.of(new Block(BlockKind.STRENGTH, List.of(squat)))));
            }
            all.add(new Week(week, false, null, days));
        }
        return new Program("Test", Specialisation.STRENGTH, ProgressionModel.LINEAR, sessions, 45,
                IntensityCeiling.VIGOROUS, List.of(),
                List.of(new Phase("Foundation", null, all)), 1);
    }
}
