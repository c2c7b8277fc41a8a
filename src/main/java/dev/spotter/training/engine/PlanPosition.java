package dev.spotter.training.engine;

/**
 * A session's place in a program: its week, its index in that week (from 1), and its number in the whole plan
 * (from 1) out of all the plan's sessions.
 */
public record PlanPosition(int weekNumber, int sessionIndex, int ordinal, int total) {

    /** "Week 2 · Session 3 of 12". */
    public String describe() {
        return "Week " + weekNumber + " · Session " + ordinal + " of " + total;
    }

    public boolean is(int week, int session) {
        return weekNumber == week && sessionIndex == session;
    }
}
