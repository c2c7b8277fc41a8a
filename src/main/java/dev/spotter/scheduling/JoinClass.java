package dev.spotter.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * A member asks for a place in one occurrence of a class; with {@code waitlist} they accept a waitlist position
 * when it is full. The request id makes a join sent twice count once.
 */
public record JoinClass(UUID scheduleId, Instant startsAt, UUID requestId, boolean waitlist) {
}
