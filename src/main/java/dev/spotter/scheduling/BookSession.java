package dev.spotter.scheduling;

import java.time.Instant;
import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;

/**
 * Book a 1:1 session: the service, the coach, the client (a client books for themselves and leaves it out), the
 * start, and the request id the page or device chose so that sending it twice books once. {@code weeks} above 1
 * books the same local time every week, all or none.
 */
public record BookSession(UUID serviceId, MemberId coach, UUID clientId, Instant startsAt, UUID requestId,
                          Integer weeks) {
}
