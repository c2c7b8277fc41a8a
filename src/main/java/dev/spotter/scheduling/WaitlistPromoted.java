package dev.spotter.scheduling;

import java.util.UUID;

import dev.spotter.platform.tenancy.StudioId;

/** A place in a class came free and the first member on its waitlist was given it. */
public record WaitlistPromoted(StudioId studioId, UUID placeId, UUID clientId) {
}
