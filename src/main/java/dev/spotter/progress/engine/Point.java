package dev.spotter.progress.engine;

import java.time.LocalDate;

/** A value measured on a day. */
public record Point(LocalDate day, double value) {

    public Point {
        if (day == null || !Double.isFinite(value)) {
            throw new IllegalArgumentException("a point needs a day and a finite value");
        }
    }
}
