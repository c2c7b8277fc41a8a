package dev.spotter.clients;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import dev.spotter.exercises.SafetyTag;

/** One of a client's conditions or injuries, with what a clinician restricted beyond the rule's own tags. */
public record ClientCondition(UUID id, UUID clientId, ConditionRule rule, String side, String severity,
                              LocalDate since, boolean active, String restrictions, Set<SafetyTag> extraAvoid,
                              String notes) {

    public ClientCondition {
        extraAvoid = Set.copyOf(extraAvoid);
    }
}
