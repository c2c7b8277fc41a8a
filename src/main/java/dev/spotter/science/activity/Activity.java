package dev.spotter.science.activity;

import dev.spotter.science.HeartRateAnalysis;
import dev.spotter.science.HeartRateSample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A recorded activity as read from a device file: when it started (UTC), how long it lasted, how far it went,
 * the heart rate along the way and the sport, if the file says.
 *
 * <p>The duration is the device's own timer time where the file has one (TCX laps, the FIT session), which leaves
 * out auto-pauses as the client's watch does; for GPX it is the time covered by the track's segments.
 */
public record Activity(Format format, Instant start, Duration duration, double distanceMeters,
                       List<HeartRateSample> heartRate, Sport sport) {

    /** The file format an activity came from. */
    public enum Format {
        GPX, TCX, FIT
    }

    /** The sport of an activity, as far as Spotter tells them apart. */
    public enum Sport {
        RUNNING, CYCLING, WALKING, HIKING, SWIMMING, ROWING, OTHER, UNKNOWN
    }

    public Activity {
        if (format == null || start == null || sport == null) {
            throw new IllegalArgumentException("an activity needs a format, a start and a sport (UNKNOWN if unsaid)");
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("an activity must last some time");
        }
        if (!(distanceMeters >= 0)) {
            throw new IllegalArgumentException("distance must be 0 m or more");
        }
        heartRate = List.copyOf(heartRate);
    }

    /** Time-weighted average heart rate over the recording, if it has any. */
    public OptionalDouble averageHeartRate() {
        return new HeartRateAnalysis(heartRate).average();
    }

    public OptionalInt maxHeartRate() {
        return new HeartRateAnalysis(heartRate).max();
    }

    /** The average time per kilometre, for an activity that covered at least one metre. */
    public Optional<Duration> averagePacePerKm() {
        if (distanceMeters < 1) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.round(duration.toMillis() / (distanceMeters / 1000))));
    }
}
