package dev.spotter.scheduling.solver;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A time a class may start, generated from the opening hours at a fixed step. Its end depends on the class that
 * starts in it, so the slot carries the time the studio closes that day instead, to tell classes that would run
 * past it.
 */
public record TimeSlot(DayOfWeek day, LocalTime start, LocalTime studioCloses) {

    public TimeSlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(studioCloses, "studioCloses");
    }

    public int startMinute() {
        return WeekClock.minuteOfWeek(day, start);
    }

    public int closingMinute() {
        return WeekClock.minuteOfWeek(day, studioCloses);
    }

    @Override
    public String toString() {
        return WeekClock.label(startMinute());
    }
}
