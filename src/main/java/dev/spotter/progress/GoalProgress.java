package dev.spotter.progress;

import java.time.LocalDate;
import java.util.List;

import dev.spotter.progress.engine.Point;
import dev.spotter.progress.engine.Trends;

/**
 * A goal as it stands: its series of values, the latest, how far along it is, the least-squares trend of the last
 * twelve weeks, and the day that trend reaches the target (null when it heads elsewhere or is flat).
 */
public record GoalProgress(Goal goal, String title, String unit, List<Point> series, Double current,
                           Double percent, Trends.Line trend, LocalDate projectedOn) {

    /** Whether the projection lands on or before the target day; null without either. */
    public Boolean onCourse() {
        if (goal.achievedOn() != null) {
            return true;
        }
        return projectedOn == null || goal.targetOn() == null ? null : !projectedOn.isAfter(goal.targetOn());
    }

    /** The progress bar's width, 0 to 100. */
    public int bar() {
        return percent == null ? 0 : (int) Math.max(0, Math.min(100, Math.round(percent)));
    }
}
