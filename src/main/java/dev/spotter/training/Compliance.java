package dev.spotter.training;

/**
 * How closely a client follows their published program: sessions done against the sessions planned up to today
 * (every session of the weeks since publishing, and this week's up to today's day), and the plan's total.
 */
public record Compliance(int done, int plannedSoFar, int total) {

    /** Done as a share of planned so far, 0 to 100; null before anything was planned. */
    public Integer percent() {
        return plannedSoFar == 0 ? null : Math.min(100, Math.round(100f * done / plannedSoFar));
    }
}
