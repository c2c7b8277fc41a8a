package dev.spotter.science;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a session's heart-rate recording says: average and maximum, time in heart-rate-reserve zones, and
 * Banister's training impulse (TRIMP).
 *
 * <p>Each reading holds until the next one. A gap longer than {@link #MAX_GAP} is a pause or a lost signal and
 * counts for nothing, so a strap that drops out for ten minutes does not add ten minutes at its last reading.
 */
public final class HeartRateAnalysis {

    /** The longest gap between readings that still counts as recorded time. */
    public static final Duration MAX_GAP = Duration.ofSeconds(60);

    private final List<HeartRateSample> samples;

    /** An analysis of readings in time order. */
    public HeartRateAnalysis(List<HeartRateSample> samples) {
        if (samples == null) {
            throw new IllegalArgumentException("heart-rate readings are needed, even if none");
        }
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).time().isBefore(samples.get(i - 1).time())) {
                throw new IllegalArgumentException("heart-rate readings must be in time order");
            }
        }
        this.samples = List.copyOf(samples);
    }

    /** Sex, for the weighting of Banister's TRIMP, which differs between men and women. */
    public enum Sex {
        MALE(0.64, 1.92),
        FEMALE(0.86, 1.67);

        private final double coefficient;
        private final double exponent;

        Sex(double coefficient, double exponent) {
            this.coefficient = coefficient;
            this.exponent = exponent;
        }
    }

    /**
     * Zones of heart-rate reserve in five 10 % bands from 50 %, by the Karvonen method (Karvonen MJ, Kentala E,
     * Mustala O. Ann Med Exp Biol Fenn 1957;35(3):307-15); the five-band layout is Edwards' (Edwards S. The Heart
     * Rate Monitor Book. Sacramento: Fleet Feet Press; 1993), applied here to the reserve rather than the maximum.
     */
    public enum Zone {
        BELOW_ZONE_1("Below 50 % HRR", 0.0),
        ZONE_1("50-60 % HRR", 0.5),
        ZONE_2("60-70 % HRR", 0.6),
        ZONE_3("70-80 % HRR", 0.7),
        ZONE_4("80-90 % HRR", 0.8),
        ZONE_5("90-100 % HRR", 0.9);

        private final String label;
        private final double fromFraction;

        Zone(String label, double fromFraction) {
            this.label = label;
            this.fromFraction = fromFraction;
        }

        public String label() {
            return label;
        }

        /** The lowest fraction of heart-rate reserve in the zone. */
        public double fromFraction() {
            return fromFraction;
        }
    }

    /** Time-weighted average heart rate over the recorded time (a lone reading is its own average). */
    public OptionalDouble average() {
        if (samples.isEmpty()) {
            return OptionalDouble.empty();
        }
        double beats = 0;
        double seconds = 0;
        for (int i = 0; i + 1 < samples.size(); i++) {
            double interval = counted(i);
            beats += samples.get(i).bpm() * interval;
            seconds += interval;
        }
        if (seconds == 0) {
            return samples.stream().mapToInt(HeartRateSample::bpm).average();
        }
        return OptionalDouble.of(beats / seconds);
    }

    public OptionalInt max() {
        return samples.stream().mapToInt(HeartRateSample::bpm).max();
    }

    /** Recorded time spent in each zone for a client with these resting and maximal heart rates. */
    public Map<Zone, Duration> timeInZones(double restingBpm, double maximalBpm) {
        requireHeartRates(restingBpm, maximalBpm);
        Map<Zone, Duration> time = new EnumMap<>(Zone.class);
        for (Zone zone : Zone.values()) {
            time.put(zone, Duration.ZERO);
        }
        for (int i = 0; i + 1 < samples.size(); i++) {
            Zone zone = zoneOf(samples.get(i).bpm(), restingBpm, maximalBpm);
            time.merge(zone, Duration.ofMillis(Math.round(counted(i) * 1000)), Duration::plus);
        }
        return Collections.unmodifiableMap(time);
    }

    /** The zone a heart rate falls in; a rate at a boundary belongs to the zone above it. */
    public static Zone zoneOf(int bpm, double restingBpm, double maximalBpm) {
        requireHeartRates(restingBpm, maximalBpm);
        Zone found = Zone.BELOW_ZONE_1;
        for (Zone zone : Zone.values()) {
            if (bpm >= HeartRate.karvonen(restingBpm, maximalBpm, zone.fromFraction()) - 1e-9) {
                found = zone;
            }
        }
        return found;
    }

    /** Banister's TRIMP summed reading by reading over the recorded time (see the static {@code trimp}). */
    public double trimp(double restingBpm, double maximalBpm, Sex sex) {
        double total = 0;
        for (int i = 0; i + 1 < samples.size(); i++) {
            total += trimp(counted(i) / 60, samples.get(i).bpm(), restingBpm, maximalBpm, sex);
        }
        return total;
    }

    /**
     * Banister's training impulse for minutes at a heart rate: minutes x x x k e^(b x), where x is the fraction of
     * heart-rate reserve, k = 0.64 and b = 1.92 for men, k = 0.86 and b = 1.67 for women (Banister EW. Modeling
     * elite athletic performance. In: MacDougall JD, Wenger HA, Green HJ (eds). Physiological Testing of the
     * High-Performance Athlete, 2nd ed. Champaign, IL: Human Kinetics; 1991:403-24; Morton RH, Fitz-Clarke JR,
     * Banister EW. Modeling human performance in running. J Appl Physiol 1990;69(3):1171-7). The fraction is held
     * between 0 and 1, so a reading below rest adds nothing and one above the maximum counts as the maximum.
     */
    public static double trimp(double minutes, double bpm, double restingBpm, double maximalBpm, Sex sex) {
        if (!(minutes >= 0 && minutes <= 1440)) {
            throw new IllegalArgumentException("minutes must be between 0 and 1440");
        }
        if (sex == null) {
            throw new IllegalArgumentException("TRIMP needs the client's sex, for its weighting");
        }
        requireHeartRates(restingBpm, maximalBpm);
        double fraction = Math.max(0, Math.min(1, (bpm - restingBpm) / (maximalBpm - restingBpm)));
        return minutes * fraction * sex.coefficient * Math.exp(sex.exponent * fraction);
    }

    private static void requireHeartRates(double restingBpm, double maximalBpm) {
        if (!(restingBpm >= 25 && restingBpm <= 120)) {
            throw new IllegalArgumentException("resting heart rate must be between 25 and 120 bpm");
        }
        if (!(maximalBpm > restingBpm && maximalBpm <= HeartRateSample.MAX_BPM)) {
            throw new IllegalArgumentException("maximal heart rate must be above the resting rate and at most "
                    + HeartRateSample.MAX_BPM + " bpm");
        }
    }

    private double counted(int i) {
        Duration gap = Duration.between(samples.get(i).time(), samples.get(i + 1).time());
        return gap.compareTo(MAX_GAP) > 0 ? 0 : gap.toMillis() / 1000.0;
    }
}
