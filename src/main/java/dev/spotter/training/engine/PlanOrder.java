package dev.spotter.training.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.spotter.programs.engine.Program;
import dev.spotter.programs.engine.Session;
import dev.spotter.programs.engine.Week;

/**
 * The order a client works through a program: week by week, session by session. The next session is the first
 * one not yet done, so a missed session moves the rest of the plan back instead of being skipped.
 */
public final class PlanOrder {

    /** A session that was done: its week and its index in that week. */
    public record Done(int weekNumber, int sessionIndex) {
    }

    private final Program program;
    private final List<PlanPosition> positions;

    public PlanOrder(Program program) {
        this.program = program;
        List<PlanPosition> all = new ArrayList<>();
        int total = program.weeks().stream().mapToInt(week -> week.sessions().size()).sum();
        int ordinal = 0;
        for (Week week : program.weeks()) {
            for (int index = 1; index <= week.sessions().size(); index++) {
                all.add(new PlanPosition(week.number(), index, ++ordinal, total));
            }
        }
        this.positions = List.copyOf(all);
    }

    public List<PlanPosition> positions() {
        return positions;
    }

    /** The first session in plan order that is not done; empty when the whole plan is done. */
    public Optional<PlanPosition> next(Set<Done> done) {
        return positions.stream().filter(position -> !done.contains(new Done(position.weekNumber(),
                position.sessionIndex()))).findFirst();
    }

    /** The position of a session, when the program has it. */
    public Optional<PlanPosition> position(int weekNumber, int sessionIndex) {
        return positions.stream().filter(position -> position.is(weekNumber, sessionIndex)).findFirst();
    }

    /**
     * How many sessions were planned by this many days after publishing: week w covers days 7(w-1) to 7w-1, and a
     * session on day d of its week (1 = the first) falls on day 7(w-1) + d - 1.
     */
    public int plannedBy(long elapsedDays) {
        return (int) positions.stream().filter(position -> {
            int day = session(position).day();
            return (position.weekNumber() - 1) * 7L + day - 1 <= elapsedDays;
        }).count();
    }

    /** How many sessions were planned by {@code now} for a program published at {@code publishedAt}. */
    public int plannedBy(Instant publishedAt, Instant now) {
        return plannedBy(Math.max(0, Duration.between(publishedAt, now).toDays()));
    }

    public Session session(PlanPosition position) {
        return program.week(position.weekNumber()).sessions().get(position.sessionIndex() - 1);
    }
}
