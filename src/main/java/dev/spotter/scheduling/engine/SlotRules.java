package dev.spotter.scheduling.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * What a service asks of a slot: its length, the buffer kept free after it, the minimum notice before it starts,
 * and the step between offered start times.
 */
public record SlotRules(Duration length, Duration buffer, Duration notice, Duration step) {

    public SlotRules {
        Objects.requireNonNull(length, "length");
        buffer = buffer == null ? Duration.ZERO : buffer;
        notice = notice == null ? Duration.ZERO : notice;
        step = step == null ? Duration.ofMinutes(15) : step;
        if (length.isNegative() || length.isZero() || step.isNegative() || step.isZero() || buffer.isNegative()
                || notice.isNegative()) {
            throw new IllegalArgumentException("Length and step are positive; buffer and notice are not negative");
        }
    }
}
