package dev.spotter.scheduling;

import java.util.UUID;

import dev.spotter.platform.tenancy.StudioId;

/** A 1:1 session was cancelled; {@code status} says whether it was late, which billing may charge for. */
public record SessionCancelled(StudioId studio, UUID bookingId, BookingStatus status) {
}
