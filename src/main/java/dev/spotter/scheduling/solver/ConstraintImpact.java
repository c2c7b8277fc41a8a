package dev.spotter.scheduling.solver;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;

/** What one rule did to a timetable's score, with a sentence for every match. */
public record ConstraintImpact(String constraint, boolean hard, HardSoftScore impact, List<String> reasons) {

    public ConstraintImpact {
        reasons = List.copyOf(reasons);
    }

    /** A hard rule the timetable breaks. */
    public boolean unmet() {
        return hard && impact.hardScore() < 0;
    }
}
