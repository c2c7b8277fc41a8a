package dev.spotter.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A client's measurable goal: a body mass, a lift's estimated 1RM, or a test score, with where it started, the day
 * to reach it by (optional), the milestones reached so far, and the day it was achieved.
 */
public record Goal(UUID id, UUID clientId, Kind kind, String subject, double target, LocalDate targetOn,
                   double startValue, LocalDate startOn, LocalDate achievedOn, List<Milestone> milestones) {

    public Goal {
        milestones = List.copyOf(milestones);
    }

    /** What a goal is measured by. */
    public enum Kind {
        BODY_MASS("Body mass"), LIFT("Lift"), TEST("Test score");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A quarter, half, three quarters of the way, or the target itself, and when it was reached. */
    public record Milestone(int percent, LocalDate reachedOn, double value) {

        public String label() {
            return percent == 100 ? "Target reached" : percent + " % of the way";
        }
    }

    /** How far a value is from the start to the target, in per cent (may pass 100 or fall below 0). */
    public double percentAt(double value) {
        if (Math.abs(target - startValue) < 1e-9) {
            return 100;
        }
        return 100 * (value - startValue) / (target - startValue);
    }
}
