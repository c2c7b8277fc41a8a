package dev.spotter.science;

import java.time.Instant;

/** A heart rate in beats per minute, read at an instant by a strap, a watch or a machine. */
public record HeartRateSample(Instant time, int bpm) {

    /** The lowest and highest rates a reading may have; outside them it is a sensor fault, not a heart. */
    public static final int MIN_BPM = 20;
    public static final int MAX_BPM = 250;

    public HeartRateSample {
        if (time == null) {
            throw new IllegalArgumentException("a heart-rate reading needs a time");
        }
        if (bpm < MIN_BPM || bpm > MAX_BPM) {
            throw new IllegalArgumentException("heart rate must be between " + MIN_BPM + " and " + MAX_BPM + " bpm");
        }
    }
}
