package dev.spotter.training;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.spotter.science.HeartRate;
import dev.spotter.science.HeartRateAnalysis.Zone;
import dev.spotter.science.activity.Activity;

/**
 * A cardio session a client imported from a watch or app file, as its summary: when and how long, how far and how
 * fast, the heart rate, time in heart-rate-reserve zones and Banister's TRIMP (or why each was not computed), and
 * the cardio prescription of a workout it was done for (both null for an extra session).
 *
 * @param exerciseName the attached prescription's exercise, and {@code sessionName} its session, as prescribed
 * @param restingHr    the resting heart rate the zones were computed with, and {@code maximalHr} the maximal
 * @param zones        seconds in each zone, null when {@code zonesMissing} says why they were not computed
 */
public record ImportedActivity(UUID id, UUID clientId, UUID workoutId, String slot, String exerciseName,
                               String sessionName,
                               Activity.Format format, Activity.Sport sport, Instant startedAt, int seconds,
                               double metres, Integer paceSecondsPerKm, Integer avgHr, Integer maxHr,
                               Integer restingHr, Integer maximalHr, Map<Zone, Integer> zones, String zonesMissing,
                               Double trimp, String trimpMissing, String fileName, String sha256,
                               Instant importedAt) {

    public ImportedActivity {
        zones = zones == null ? null : Map.copyOf(zones);
    }

    /** One zone of the recording: where it starts in beats a minute, its time, and its share of the whole. */
    public record ZoneTime(Zone zone, int fromBpm, int seconds, double percent) {
    }

    /** Time in each zone from below zone 1 up, or an empty list when the zones were not computed. */
    public List<ZoneTime> zoneTimes() {
        if (zones == null) {
            return List.of();
        }
        int total = zones.values().stream().mapToInt(Integer::intValue).sum();
        return Arrays.stream(Zone.values()).map(zone -> {
            int seconds = zones.getOrDefault(zone, 0);
            return new ZoneTime(zone, (int) Math.round(HeartRate.karvonen(restingHr, maximalHr, zone.fromFraction())),
                    seconds, total == 0 ? 0 : 100.0 * seconds / total);
        }).toList();
    }
}
