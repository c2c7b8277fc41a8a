package dev.spotter.scheduling.solver;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;

/**
 * Why a timetable scores what it does: every rule that touched the score, hard rules first and the costliest first
 * within each kind.
 */
public record TimetableExplanation(HardSoftScore score, List<ConstraintImpact> constraints) {

    public TimetableExplanation {
        constraints = List.copyOf(constraints);
    }

    public boolean feasible() {
        return score.isFeasible();
    }

    /** The hard rules the timetable breaks; empty when it is feasible. */
    public List<ConstraintImpact> unmetHardConstraints() {
        return constraints.stream().filter(ConstraintImpact::unmet).toList();
    }
}
