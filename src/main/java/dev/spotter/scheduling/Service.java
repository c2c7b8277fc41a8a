package dev.spotter.scheduling;

import java.time.Duration;
import java.util.UUID;

import dev.spotter.scheduling.engine.SlotRules;

/**
 * Something a client can book: its length, how many take part, the buffer a coach keeps free after it, the
 * minimum notice a client must give, the window inside which a cancellation counts as late, and the
 * qualification a coach needs to lead it.
 */
public record Service(UUID id, String name, ServiceKind kind, int durationMinutes, int capacity, int bufferMinutes,
                      int noticeMinutes, int cancellationHours, String qualification, boolean active) {

    /** Offered 1:1 start times are a quarter of an hour apart. */
    public static final Duration STEP = Duration.ofMinutes(15);

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public Duration buffer() {
        return Duration.ofMinutes(bufferMinutes);
    }

    public SlotRules rules() {
        return new SlotRules(duration(), buffer(), Duration.ofMinutes(noticeMinutes), STEP);
    }

    public CancellationPolicy cancellation() {
        return new CancellationPolicy(Duration.ofHours(cancellationHours));
    }

    /** "45 min", "1 h 30 min". */
    public String length() {
        int hours = durationMinutes / 60;
        int minutes = durationMinutes % 60;
        return hours == 0 ? minutes + " min" : hours + " h" + (minutes == 0 ? "" : " " + minutes + " min");
    }
}
