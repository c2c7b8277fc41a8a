package dev.spotter.scheduling.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassRecurrenceTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aWeeklyClassKeepsItsLocalTimeAcrossBothDaylightSavingChanges() {
        ClassRecurrence saturdays = new ClassRecurrence(LocalDateTime.of(2026, 3, 21, 7, 0), "FREQ=WEEKLY;BYDAY=SA",
                Set.of());
        List<ZonedDateTime> spring = saturdays.between(LONDON, Instant.parse("2026-03-20T00:00:00Z"),
                Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(spring).extracting(ZonedDateTime::toInstant).containsExactly(
                Instant.parse("2026-03-21T07:00:00Z"), Instant.parse("2026-03-28T07:00:00Z"));
        List<ZonedDateTime> sunday = new ClassRecurrence(LocalDateTime.of(2026, 3, 22, 7, 0),
                "FREQ=WEEKLY;BYDAY=SU", Set.of()).between(LONDON, Instant.parse("2026-03-28T00:00:00Z"),
                Instant.parse("2026-11-01T12:00:00Z"));
        assertThat(sunday).allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(7, 0)));
        assertThat(sunday.get(0).toInstant()).isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
        assertThat(sunday).extracting(ZonedDateTime::toInstant)
                .contains(Instant.parse("2026-10-18T06:00:00Z"), Instant.parse("2026-10-25T07:00:00Z"));
    }

    @Test
    void leavesOutSkippedDatesAndStartsNoEarlierThanTheFirstStart() {
        ClassRecurrence mondaysAndWednesdays = new ClassRecurrence(LocalDateTime.of(2026, 6, 3, 18, 30),
                "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6", Set.of(LocalDate.of(2026, 6, 8)));
        List<ZonedDateTime> starts = mondaysAndWednesdays.between(LONDON, Instant.parse("2026-06-01T00:00:00Z"),
                Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(starts).extracting(start -> start.toLocalDate().toString()).containsExactly(
                "2026-06-03", "2026-06-10", "2026-06-15", "2026-06-17", "2026-06-22");
    }

    @Test
    void aClassWithoutARuleRunsOnce() {
        ClassRecurrence once = new ClassRecurrence(LocalDateTime.of(2026, 6, 3, 18, 30), null, Set.of());
        assertThat(once.between(LONDON, Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z")))
                .hasSize(1);
    }

    @Test
    void refusesARuleThatIsNotRfc5545() {
        assertThatThrownBy(() -> new ClassRecurrence(LocalDateTime.of(2026, 6, 3, 18, 30), "every monday", Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RFC 5545");
    }
}
