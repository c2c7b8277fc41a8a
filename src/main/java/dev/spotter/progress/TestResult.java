package dev.spotter.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.spotter.science.assessment.AssessmentKind;
import dev.spotter.science.assessment.AssessmentResult;
import dev.spotter.science.assessment.Change;
import dev.spotter.science.assessment.Input;

/**
 * One test a client took: its inputs in SI, what they score (value, estimate, norm rating at the client's age on
 * the day) and the change since the previous result of the same test (of the same lift), null for the first.
 */
public record TestResult(UUID id, UUID clientId, UUID sessionId, LocalDate testedOn, AssessmentKind kind,
                         Map<Input, Double> inputs, String lift, String notes, Instant recordedAt,
                         AssessmentResult result, Change change) {

    /** What is compared over time: the same test and, for a repetition maximum, the same lift. */
    public String series() {
        return kind.code() + (lift == null ? "" : ":" + lift.toLowerCase(java.util.Locale.ROOT));
    }
}
