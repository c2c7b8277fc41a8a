package dev.spotter.scheduling.solver;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the solver may work: never longer than {@code timeLimit}, and it stops earlier once the timetable breaks
 * no hard rule and has not improved for {@code patienceWhenFeasible}.
 */
public record SolveLimits(Duration timeLimit, Duration patienceWhenFeasible) {

    /** Enough for a studio of a few hundred classes a week on a small server. */
    public static final SolveLimits DEFAULT = new SolveLimits(Duration.ofSeconds(30), Duration.ofSeconds(5));

    public SolveLimits {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(patienceWhenFeasible, "patienceWhenFeasible");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive, was " + timeLimit);
        }
        if (patienceWhenFeasible.isNegative() || patienceWhenFeasible.compareTo(timeLimit) > 0) {
            throw new IllegalArgumentException("The patience once feasible must lie between zero and the time limit ("
                    + timeLimit + "), was " + patienceWhenFeasible);
        }
    }
}
