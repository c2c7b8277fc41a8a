package dev.spotter.progress;

/** A day's measurements with what they say about body composition. */
public record MeasuredDay(BodyMeasurement measurement, BodyComposition composition) {
}
