package dev.spotter.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T10:00:05Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void allowsTheLimitPerAddressPerMinuteThenRefuses() {
        LoginThrottle throttle = new LoginThrottle(3, clock);
        assertThat(throttle.tryAcquire("198.51.100.1")).isTrue();
        assertThat(throttle.tryAcquire("198.51.100.1")).isTrue();
        assertThat(throttle.tryAcquire("198.51.100.1")).isTrue();
        assertThat(throttle.tryAcquire("198.51.100.1")).isFalse();
        assertThat(throttle.tryAcquire("198.51.100.2")).as("another address has its own allowance").isTrue();
    }

    @Test
    void allowsAgainOnceTheOldestAttemptIsAMinuteOld() {
        LoginThrottle throttle = new LoginThrottle(2, clock);
        assertThat(throttle.tryAcquire("198.51.100.1")).isTrue();
        now.set(now.get().plusSeconds(30));
        assertThat(throttle.tryAcquire("198.51.100.1")).isTrue();
        assertThat(throttle.tryAcquire("198.51.100.1")).isFalse();
        now.set(now.get().plusSeconds(30));
        assertThat(throttle.tryAcquire("198.51.100.1")).as("the first attempt has left the window").isTrue();
        assertThat(throttle.tryAcquire("198.51.100.1")).isFalse();
    }

    @Test
    void aMinuteBoundaryDoesNotDoubleTheAllowance() {
        now.set(java.time.Instant.parse("2026-11-25T10:00:59.500Z"));
        LoginThrottle throttle = new LoginThrottle(2, clock);
        assertThat(throttle.tryAcquire("198.51.100.1")).isTrue();
        assertThat(throttle.tryAcquire("198.51.100.1")).isTrue();
        now.set(now.get().plusMillis(600));
        assertThat(throttle.tryAcquire("198.51.100.1")).isFalse();
    }
}
