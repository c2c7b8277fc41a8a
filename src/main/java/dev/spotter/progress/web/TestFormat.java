package dev.spotter.progress.web;

import dev.spotter.science.assessment.AssessmentKind;

/** {@link TestFields}' formatting for templates, which call methods on model objects rather than static ones. */
public record TestFormat() {

    public String value(AssessmentKind kind, double value) {
        return TestFields.value(kind, value);
    }

    public String delta(AssessmentKind kind, double delta) {
        return TestFields.delta(kind, delta);
    }
}
