package dev.spotter.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.tenancy.MemberId;

/**
 * A 1:1 session booked for a client with a coach. It changes only through its own methods, which refuse what
 * cannot happen: cancelling a session that has started or is already cancelled, a no-show before the start.
 */
public record Booking(UUID id, UUID serviceId, MemberId coach, UUID clientId, Instant startsAt, Instant endsAt,
                      Instant busyUntil, BookingStatus status, Instant cancelledAt, UUID seriesId,
                      Instant createdAt) {

    /** Cancels it, recorded as late when within the service's cancellation window. */
    public Booking cancel(Instant now, CancellationPolicy policy) {
        requireBooked("cancelled");
        if (!now.isBefore(startsAt)) {
            throw new ConflictException("status", "the session has started; mark it attended or a no-show instead");
        }
        BookingStatus cancelled = policy.late(now, startsAt) ? BookingStatus.LATE_CANCELLED : BookingStatus.CANCELLED;
        return new Booking(id, serviceId, coach, clientId, startsAt, endsAt, busyUntil, cancelled, now, seriesId,
                createdAt);
    }

    /** The client did not come. */
    public Booking markNoShow(Instant now) {
        requireBooked("marked as a no-show");
        if (now.isBefore(startsAt)) {
            throw new ConflictException("status", "the session has not started yet");
        }
        return with(BookingStatus.NO_SHOW);
    }

    /** The client came; a coach may record it from the start of the session. */
    public Booking markAttended(Instant now) {
        if (status != BookingStatus.BOOKED && status != BookingStatus.NO_SHOW) {
            throw new ConflictException("status", "a " + status.label().toLowerCase() + " session cannot be "
                    + "marked as attended");
        }
        if (now.isBefore(startsAt)) {
            throw new ConflictException("status", "the session has not started yet");
        }
        return with(BookingStatus.ATTENDED);
    }

    /** The same session at another time, keeping its length and buffer. */
    public Booking moveTo(Instant start, Instant now) {
        requireBooked("moved");
        if (!now.isBefore(startsAt)) {
            throw new ConflictException("status", "the session has started and cannot be moved");
        }
        Duration length = Duration.between(startsAt, endsAt);
        Duration buffer = Duration.between(endsAt, busyUntil);
        return new Booking(id, serviceId, coach, clientId, start, start.plus(length), start.plus(length).plus(buffer),
                status, null, seriesId, createdAt);
    }

    private Booking with(BookingStatus next) {
        return new Booking(id, serviceId, coach, clientId, startsAt, endsAt, busyUntil, next, cancelledAt, seriesId,
                createdAt);
    }

    private void requireBooked(String what) {
        if (status != BookingStatus.BOOKED) {
            throw new ConflictException("status", "a " + status.label().toLowerCase() + " session cannot be " + what);
        }
    }
}
