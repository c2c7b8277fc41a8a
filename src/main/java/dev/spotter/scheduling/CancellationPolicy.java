package dev.spotter.scheduling;

import java.time.Duration;
import java.time.Instant;

/** When cancelling stops being free: within {@code window} of the start a cancellation is recorded as late. */
public record CancellationPolicy(Duration window) {

    public boolean late(Instant now, Instant start) {
        return !now.isBefore(start.minus(window));
    }
}
