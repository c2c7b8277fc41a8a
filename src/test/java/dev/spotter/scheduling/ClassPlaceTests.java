package dev.spotter.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.spotter.platform.api.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A class place refuses what cannot happen and records late cancellations. */
class ClassPlaceTests {

    static final Instant START = Instant.parse("2026-06-01T17:00:00Z");
    static final CancellationPolicy TWELVE_HOURS = new CancellationPolicy(Duration.ofHours(12));

    static ClassPlace place(PlaceStatus status) {
        return new ClassPlace(UUID.randomUUID(), UUID.randomUUID(), START, UUID.randomUUID(), status,
                START.minus(Duration.ofDays(3)), null, null, null);
    }

    @Test
    void leavingInsideTheWindowIsLateButLeavingTheWaitlistNeverIs() {
        Instant late = START.minus(Duration.ofHours(2));
        assertThat(place(PlaceStatus.BOOKED).cancel(late, TWELVE_HOURS).status())
                .isEqualTo(PlaceStatus.LATE_CANCELLED);
        assertThat(place(PlaceStatus.BOOKED).cancel(START.minus(Duration.ofDays(1)), TWELVE_HOURS).status())
                .isEqualTo(PlaceStatus.CANCELLED);
        assertThat(place(PlaceStatus.WAITLISTED).cancel(late, TWELVE_HOURS).status())
                .isEqualTo(PlaceStatus.CANCELLED);
    }

    @Test
    void refusesToCancelAfterTheStartOrTwice() {
        assertThatThrownBy(() -> place(PlaceStatus.BOOKED).cancel(START, TWELVE_HOURS))
                .isInstanceOf(ConflictException.class).hasMessage("the class has started");
        assertThatThrownBy(() -> place(PlaceStatus.CANCELLED).cancel(START.minusSeconds(60), TWELVE_HOURS))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyAWaitingMemberIsPromoted() {
        Instant now = START.minus(Duration.ofHours(5));
        ClassPlace promoted = place(PlaceStatus.WAITLISTED).promote(now);
        assertThat(promoted.status()).isEqualTo(PlaceStatus.BOOKED);
        assertThat(promoted.promotedAt()).isEqualTo(now);
        assertThatThrownBy(() -> place(PlaceStatus.BOOKED).promote(now)).isInstanceOf(ConflictException.class);
    }

    @Test
    void checkInOpensAnHourBeforeTheStartAndNoShowsWaitForIt() {
        assertThatThrownBy(() -> place(PlaceStatus.BOOKED).checkIn(START.minus(Duration.ofMinutes(61))))
                .hasMessage("check-in opens an hour before the class");
        assertThat(place(PlaceStatus.BOOKED).checkIn(START.minus(Duration.ofMinutes(30))).status())
                .isEqualTo(PlaceStatus.ATTENDED);
        assertThatThrownBy(() -> place(PlaceStatus.BOOKED).markNoShow(START.minusSeconds(1)))
                .hasMessage("the class has not started yet");
        assertThat(place(PlaceStatus.NO_SHOW).checkIn(START.plusSeconds(600)).status())
                .isEqualTo(PlaceStatus.ATTENDED);
        assertThatThrownBy(() -> place(PlaceStatus.WAITLISTED).checkIn(START)).isInstanceOf(ConflictException.class);
    }
}
