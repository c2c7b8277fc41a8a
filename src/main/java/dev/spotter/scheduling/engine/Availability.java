package dev.spotter.scheduling.engine;

import java.util.List;

/** When a trainer can be booked: their weekly hours, date exceptions, and time off as absolute spans. */
public record Availability(List<WeeklyHours> weekly, List<DateException> exceptions, List<Interval> timeOff) {

    public Availability {
        weekly = List.copyOf(weekly);
        exceptions = List.copyOf(exceptions);
        timeOff = List.copyOf(timeOff);
    }
}
