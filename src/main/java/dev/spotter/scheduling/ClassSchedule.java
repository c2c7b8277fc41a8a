package dev.spotter.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.scheduling.engine.ClassRecurrence;

/**
 * A class on the timetable: a class service led by a coach in a room, first on {@code firstDate} at the local
 * {@code startTime}, repeating by an RFC 5545 rule (none: once), except on the skipped dates. Capacity is the
 * smaller of the service's places and the room's.
 */
public record ClassSchedule(UUID id, UUID serviceId, String serviceName, int durationMinutes, int bufferMinutes,
                            int cancellationHours, MemberId coach, UUID roomId, String roomName, LocalDate firstDate,
                            LocalTime startTime, String rule, int capacity, boolean active, Set<LocalDate> skipped) {

    public ClassSchedule {
        skipped = skipped == null ? Set.of() : Set.copyOf(skipped);
    }

    public ClassRecurrence recurrence() {
        return new ClassRecurrence(firstDate.atTime(startTime), rule, skipped);
    }

    /** The starts from {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Instant> starts(ZoneId zone, Instant from, Instant to) {
        return recurrence().between(zone, from, to).stream().map(start -> start.toInstant()).toList();
    }

    /** Whether the class runs at exactly this instant. */
    public boolean runsAt(ZoneId zone, Instant start) {
        return starts(zone, start, start.plusSeconds(1)).contains(start);
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public CancellationPolicy cancellation() {
        return new CancellationPolicy(Duration.ofHours(cancellationHours));
    }
}
