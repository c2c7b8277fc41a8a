package dev.spotter.clients;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.spotter.clients.engine.ParQPlus;

/**
 * One health screening of a client: the PAR-Q+ answers and follow-ups, the three ACSM questions, and once final,
 * the decision it produced. A draft can be saved and finished later; a final screening is never changed.
 */
public record Screening(UUID id, UUID clientId, Map<Integer, Boolean> parq, Map<Integer, Boolean> followUps,
                        String followUpNotes, Boolean exercisesRegularly, Boolean knownDisease, Boolean symptoms,
                        ParQPlus.Outcome parqOutcome, Integer acsmBranch, ClearanceStatus clearance,
                        IntensityCeiling ceiling, String reason, boolean finished, UUID completedBy,
                        Instant completedAt, Instant createdAt) {

    public Screening {
        parq = Map.copyOf(parq);
        followUps = Map.copyOf(followUps);
    }

    /** The PAR-Q+ questions answered "yes", in order. */
    public List<Integer> yesAnswers() {
        return parq.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().toList();
    }
}
