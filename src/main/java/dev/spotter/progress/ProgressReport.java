package dev.spotter.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A progress report of a period with the coach's comments; the client can read it once it is sent. */
public record ProgressReport(UUID id, UUID clientId, LocalDate from, LocalDate to, String comments, String author,
                             Instant createdAt, Instant sentAt) {

    public boolean sent() {
        return sentAt != null;
    }
}
