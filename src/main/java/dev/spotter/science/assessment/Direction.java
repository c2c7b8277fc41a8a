package dev.spotter.science.assessment;

/** Which way a test's raw value improves: more repetitions are better, a faster run time is lower. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    /** Body composition: neither way is better for everyone, so a change is reported but not ranked. */
    NEITHER
}
