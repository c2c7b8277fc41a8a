package dev.spotter.science.assessment;

import java.util.OptionalDouble;

/**
 * How a result differs from the previous one of the same test: the raw difference (this minus previous), the
 * difference in the estimate where the test has one, and whether that is better or worse for this test.
 */
public record Change(double valueDelta, OptionalDouble estimateDelta, Trend trend) {
}
