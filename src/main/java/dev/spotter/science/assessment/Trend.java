package dev.spotter.science.assessment;

/** Whether a result moved the right way since the previous one of the same test. */
public enum Trend {
    BETTER,
    WORSE,
    UNCHANGED,
    /** The test has no better direction (body composition). */
    NOT_RANKED
}
