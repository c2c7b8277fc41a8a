package dev.spotter.scheduling.solver;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A stretch of time on one day of the week: opening hours, a trainer's availability, what members ask for. */
public record WeeklyWindow(DayOfWeek day, LocalTime from, LocalTime to) {

    public WeeklyWindow {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A window must end after it starts: " + day + " " + from + "-" + to);
        }
    }

    public static WeeklyWindow of(DayOfWeek day, String from, String to) {
        return new WeeklyWindow(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    /** Minutes since Monday 00:00, the scale every overlap in the solver is measured on. */
    public int startMinute() {
        return WeekClock.minuteOfWeek(day, from);
    }

    public int endMinute() {
        return WeekClock.minuteOfWeek(day, to);
    }

    public int minutes() {
        return endMinute() - startMinute();
    }

    public boolean includes(int minuteOfWeek) {
        return startMinute() <= minuteOfWeek && minuteOfWeek < endMinute();
    }

    /** Minutes that {@code [start, end)} shares with this window. */
    public int overlapMinutes(int start, int end) {
        return Math.max(0, Math.min(end, endMinute()) - Math.max(start, startMinute()));
    }

    boolean overlaps(WeeklyWindow other) {
        return overlapMinutes(other.startMinute(), other.endMinute()) > 0;
    }

    @Override
    public String toString() {
        return WeekClock.dayLabel(day) + " " + from + "-" + to;
    }
}
