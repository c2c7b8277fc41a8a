package dev.spotter.science.assessment;

import java.util.OptionalDouble;

/**
 * The outcome of one assessment: the raw value in the test's unit, the estimate its equation gives (VO2max, peak
 * power, 1RM) where it has one, and the norm rating with its source.
 */
public record AssessmentResult(AssessmentKind kind, double value, OptionalDouble estimate, Rating rating) {

    private static final double SAME = 1e-9;

    public AssessmentResult {
        if (kind == null || estimate == null || rating == null) {
            throw new IllegalArgumentException("a result needs its kind, estimate (or none) and rating");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a result needs a finite value");
        }
        if (estimate.isPresent() != (kind.estimate() != Estimate.NONE)) {
            throw new IllegalArgumentException(kind.displayName() + " results "
                    + (kind.estimate() == Estimate.NONE ? "have no estimate" : "carry an estimate"));
        }
    }

    /**
     * The change since an earlier result of the same test. Where both carry an estimate the trend follows it (a
     * 3RM of 100 kg after a 5RM of 95 kg is judged by estimated 1RM); otherwise it follows the test's direction, so
     * a lower run time or up-and-go time is better.
     */
    public Change changeSince(AssessmentResult previous) {
        if (previous == null || previous.kind != kind) {
            throw new IllegalArgumentException("a change compares two results of the same test");
        }
        double valueDelta = value - previous.value;
        if (estimate.isPresent()) {
            double estimateDelta = estimate.getAsDouble() - previous.estimate.getAsDouble();
            return new Change(valueDelta, OptionalDouble.of(estimateDelta), trend(estimateDelta,
                    Direction.HIGHER_IS_BETTER));
        }
        return new Change(valueDelta, OptionalDouble.empty(), trend(valueDelta, kind.direction()));
    }

    private static Trend trend(double delta, Direction direction) {
        if (direction == Direction.NEITHER) {
            return Trend.NOT_RANKED;
        }
        if (Math.abs(delta) < SAME) {
            return Trend.UNCHANGED;
        }
        boolean rose = delta > 0;
        return rose == (direction == Direction.HIGHER_IS_BETTER) ? Trend.BETTER : Trend.WORSE;
    }
}
