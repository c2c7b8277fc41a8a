package dev.spotter.scheduling.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A change to the weekly hours on one date, in local time: extra hours ({@code available}), or hours (or, without
 * times, the whole day) off.
 */
public record DateException(LocalDate date, LocalTime start, LocalTime end, boolean available) {

    public DateException {
        Objects.requireNonNull(date, "date");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("Give both a start and an end, or neither for the whole day");
        }
        if (start != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("Hours end after they start");
        }
        if (available && start == null) {
            throw new IllegalArgumentException("Extra hours need a start and an end");
        }
    }

    public boolean wholeDay() {
        return start == null;
    }
}
