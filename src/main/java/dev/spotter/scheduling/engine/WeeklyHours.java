package dev.spotter.scheduling.engine;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** Hours a trainer works every week on one day, in the studio's local time. */
public record WeeklyHours(DayOfWeek day, LocalTime start, LocalTime end) {

    public WeeklyHours {
        Objects.requireNonNull(day, "day");
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("Hours end after they start");
        }
    }
}
