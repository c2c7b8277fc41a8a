package dev.spotter.scheduling;

import java.time.Instant;
import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;

/**
 * One entry of a day or week view: a 1:1 session or a class, its time, its coach, and who it is with (the client's
 * name for a session, places taken for a class). {@code live} is false once cancelled.
 */
public record AgendaItem(Kind kind, UUID id, String title, Instant startsAt, Instant endsAt, MemberId coach,
                         String coachName, String with, String status, boolean live) {

    /** Whether the entry is a 1:1 booking or a class. */
    public enum Kind { SESSION, CLASS }
}
