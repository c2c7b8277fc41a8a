package dev.spotter.clients;

import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;

/** A demo client was given their profile and screening on the first start, so other modules can add to the demo. */
public record DemoClientPrepared(StudioId studio, UUID clientId, MemberId coach, String email) {
}
