package dev.spotter.progress;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.spotter.science.assessment.AssessmentKind;
import dev.spotter.science.assessment.Input;

/** Record one test result: the test, the day, its inputs in SI, the lift for a repetition maximum, the session. */
public record RecordTest(AssessmentKind kind, LocalDate testedOn, Map<Input, Double> inputs, String lift,
                         UUID sessionId, String notes) {

    public RecordTest {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
    }
}
