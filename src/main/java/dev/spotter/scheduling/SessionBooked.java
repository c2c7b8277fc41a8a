package dev.spotter.scheduling;

import java.util.UUID;

import dev.spotter.platform.tenancy.StudioId;

/** A 1:1 session was booked or moved to a new time. */
public record SessionBooked(StudioId studio, UUID bookingId) {
}
