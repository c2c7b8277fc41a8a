package dev.spotter.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.spotter.platform.api.ConflictException;

/**
 * A member's place in one occurrence of a class, or their position on its waitlist. It changes only through its
 * own methods, which refuse what cannot happen: leaving a class that has started, checking in someone who left,
 * promoting someone who is not waiting.
 */
public record ClassPlace(UUID id, UUID scheduleId, Instant startsAt, UUID clientId, PlaceStatus status,
                         Instant createdAt, Instant promotedAt, Instant cancelledAt, Instant checkedInAt) {

    /** Check-in opens this long before the start, when members arrive at the door. */
    public static final Duration CHECK_IN_OPENS = Duration.ofHours(1);

    /** Leaves the class or the waitlist; leaving a booked place inside the cancellation window is recorded as late. */
    public ClassPlace cancel(Instant now, CancellationPolicy policy) {
        if (!status.live()) {
            throw new ConflictException("status", "a place that is " + status.label().toLowerCase()
                    + " cannot be cancelled");
        }
        if (!now.isBefore(startsAt)) {
            throw new ConflictException("status", "the class has started");
        }
        PlaceStatus next = status == PlaceStatus.BOOKED && policy.late(now, startsAt) ? PlaceStatus.LATE_CANCELLED
                : PlaceStatus.CANCELLED;
        return new ClassPlace(id, scheduleId, startsAt, clientId, next, createdAt, promotedAt, now, checkedInAt);
    }

    /** Moves the first member on the waitlist into a place that came free. */
    public ClassPlace promote(Instant now) {
        if (status != PlaceStatus.WAITLISTED) {
            throw new ConflictException("status", "only a member on the waitlist can be given a place");
        }
        return new ClassPlace(id, scheduleId, startsAt, clientId, PlaceStatus.BOOKED, createdAt, now, cancelledAt,
                checkedInAt);
    }

    /** The member arrived; from an hour before the start, and also after a no-show was recorded by mistake. */
    public ClassPlace checkIn(Instant now) {
        if (status != PlaceStatus.BOOKED && status != PlaceStatus.NO_SHOW) {
            throw new ConflictException("status", "a place that is " + status.label().toLowerCase()
                    + " cannot be checked in");
        }
        if (now.isBefore(startsAt.minus(CHECK_IN_OPENS))) {
            throw new ConflictException("status", "check-in opens an hour before the class");
        }
        return new ClassPlace(id, scheduleId, startsAt, clientId, PlaceStatus.ATTENDED, createdAt, promotedAt,
                cancelledAt, now);
    }

    /** The member did not come. */
    public ClassPlace markNoShow(Instant now) {
        if (status != PlaceStatus.BOOKED) {
            throw new ConflictException("status", "a place that is " + status.label().toLowerCase()
                    + " cannot be marked as a no-show");
        }
        if (now.isBefore(startsAt)) {
            throw new ConflictException("status", "the class has not started yet");
        }
        return new ClassPlace(id, scheduleId, startsAt, clientId, PlaceStatus.NO_SHOW, createdAt, promotedAt,
                cancelledAt, checkedInAt);
    }
}
