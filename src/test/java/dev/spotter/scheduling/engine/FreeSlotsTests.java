package dev.spotter.scheduling.engine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreeSlotsTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final SlotRules HOUR = new SlotRules(Duration.ofHours(1), Duration.ZERO, Duration.ZERO,
            Duration.ofHours(1));
    static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    static Availability sundays(LocalTime start, LocalTime end) {
        return new Availability(List.of(new WeeklyHours(DayOfWeek.SUNDAY, start, end)), List.of(), List.of());
    }

    static Instant london(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), LONDON).toInstant();
    }

    @Test
    void offersStartsThroughTheTrainersHoursAtTheServicesStep() {
        List<Interval> slots = FreeSlots.find(sundays(LocalTime.of(9, 0), LocalTime.of(12, 0)), List.of(), HOUR,
                LONDON, LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 22), LONG_AGO);
        assertThat(slots).extracting(Interval::start).containsExactly(Instant.parse("2026-03-22T09:00:00Z"),
                Instant.parse("2026-03-22T10:00:00Z"), Instant.parse("2026-03-22T11:00:00Z"));
    }

    @Test
    void keepsLocalStartTimesAcrossTheSpringDaylightSavingChange() {
        // Clocks in London go from 01:00 GMT to 02:00 BST on 29 March 2026: 09:00 local is 09:00Z before, 08:00Z after.
        List<Interval> slots = FreeSlots.find(sundays(LocalTime.of(9, 0), LocalTime.of(10, 0)), List.of(), HOUR,
                LONDON, LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 29), LONG_AGO);
        assertThat(slots).extracting(Interval::start).containsExactly(Instant.parse("2026-03-22T09:00:00Z"),
                Instant.parse("2026-03-29T08:00:00Z"));
    }

    @Test
    void keepsLocalStartTimesAcrossTheAutumnDaylightSavingChange() {
        // On 25 October 2026 clocks go back from 02:00 BST to 01:00 GMT.
        List<Interval> slots = FreeSlots.find(sundays(LocalTime.of(9, 0), LocalTime.of(10, 0)), List.of(), HOUR,
                LONDON, LocalDate.of(2026, 10, 18), LocalDate.of(2026, 10, 25), LONG_AGO);
        assertThat(slots).extracting(Interval::start).containsExactly(Instant.parse("2026-10-18T08:00:00Z"),
                Instant.parse("2026-10-25T09:00:00Z"));
    }

    @Test
    void hoursSpanningTheChangeAreShorterInSpringAndLongerInAutumn() {
        Availability night = sundays(LocalTime.of(0, 0), LocalTime.of(4, 0));
        List<Interval> spring = FreeSlots.find(night, List.of(), HOUR, LONDON, LocalDate.of(2026, 3, 29),
                LocalDate.of(2026, 3, 29), LONG_AGO);
        List<Interval> autumn = FreeSlots.find(night, List.of(), HOUR, LONDON, LocalDate.of(2026, 10, 25),
                LocalDate.of(2026, 10, 25), LONG_AGO);
        assertThat(spring).hasSize(3);
        assertThat(autumn).hasSize(5);
        assertThat(autumn.get(1).start()).isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(autumn.get(2).start()).isEqualTo(Instant.parse("2026-10-25T01:00:00Z"));
    }

    @Test
    void leavesOutBusyTimeWithTheBufferAfterTheNewSession() {
        SlotRules withBuffer = new SlotRules(Duration.ofMinutes(45), Duration.ofMinutes(15), Duration.ZERO,
                Duration.ofMinutes(15));
        Interval booked = new Interval(london("2026-03-22T10:00"), london("2026-03-22T11:00"));
        List<Interval> slots = FreeSlots.find(sundays(LocalTime.of(9, 0), LocalTime.of(12, 0)), List.of(booked),
                withBuffer, LONDON, LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 22), LONG_AGO);
        assertThat(slots).extracting(Interval::start).containsExactly(london("2026-03-22T09:00"),
                london("2026-03-22T11:00"), london("2026-03-22T11:15"));
    }

    @Test
    void honoursMinimumNotice() {
        Instant now = london("2026-03-22T08:30");
        SlotRules dayNotice = new SlotRules(Duration.ofHours(1), Duration.ZERO, Duration.ofHours(2),
                Duration.ofHours(1));
        List<Interval> slots = FreeSlots.find(sundays(LocalTime.of(9, 0), LocalTime.of(12, 0)), List.of(),
                dayNotice, LONDON, LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 22), now);
        assertThat(slots).extracting(Interval::start).containsExactly(london("2026-03-22T11:00"));
    }

    @Test
    void exceptionsCloseHoursOrTheWholeDayAndAddExtraHours() {
        Availability availability = new Availability(
                List.of(new WeeklyHours(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                List.of(new DateException(LocalDate.of(2026, 3, 22), LocalTime.of(10, 0), LocalTime.of(11, 0), false),
                        new DateException(LocalDate.of(2026, 3, 29), null, null, false),
                        new DateException(LocalDate.of(2026, 3, 30), LocalTime.of(18, 0), LocalTime.of(19, 0), true)),
                List.of());
        List<Interval> slots = FreeSlots.find(availability, List.of(), HOUR, LONDON, LocalDate.of(2026, 3, 22),
                LocalDate.of(2026, 3, 30), LONG_AGO);
        assertThat(slots).extracting(Interval::start).containsExactly(london("2026-03-22T09:00"),
                london("2026-03-22T11:00"), london("2026-03-30T18:00"));
    }

    @Test
    void timeOffRemovesEverySlotItTouches() {
        Interval away = new Interval(london("2026-03-22T10:30"), london("2026-03-29T23:00"));
        Availability availability = new Availability(
                List.of(new WeeklyHours(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))), List.of(),
                List.of(away));
        List<Interval> slots = FreeSlots.find(availability, List.of(), HOUR, LONDON, LocalDate.of(2026, 3, 22),
                LocalDate.of(2026, 4, 5), LONG_AGO);
        assertThat(slots).extracting(Interval::start).containsExactly(london("2026-03-22T09:00"),
                london("2026-04-05T09:00"), london("2026-04-05T10:00"), london("2026-04-05T11:00"));
    }

    @Test
    void saysWhyATimeCannotBeBooked() {
        Availability availability = new Availability(
                List.of(new WeeklyHours(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))), List.of(),
                List.of(new Interval(london("2026-03-29T09:00"), london("2026-03-29T12:00"))));
        Interval booked = new Interval(london("2026-03-22T10:00"), london("2026-03-22T11:00"));
        SlotRules rules = new SlotRules(Duration.ofHours(1), Duration.ZERO, Duration.ofHours(24), null);
        Instant now = london("2026-03-21T12:00");
        assertThat(FreeSlots.check(availability, List.of(booked), rules, LONDON, london("2026-03-22T09:00"), now,
                true)).contains(FreeSlots.Refusal.NOTICE);
        assertThat(FreeSlots.check(availability, List.of(booked), rules, LONDON, london("2026-03-22T10:30"), now,
                false)).contains(FreeSlots.Refusal.CLASH);
        assertThat(FreeSlots.check(availability, List.of(booked), rules, LONDON, london("2026-03-22T11:30"), now,
                false)).contains(FreeSlots.Refusal.OUTSIDE_HOURS);
        assertThat(FreeSlots.check(availability, List.of(booked), rules, LONDON, london("2026-03-29T09:00"), now,
                false)).contains(FreeSlots.Refusal.TIME_OFF);
        assertThat(FreeSlots.check(availability, List.of(booked), rules, LONDON, london("2026-03-20T09:00"), now,
                false)).contains(FreeSlots.Refusal.PAST);
        assertThat(FreeSlots.check(availability, List.of(booked), rules, LONDON, london("2026-03-22T11:00"), now,
                false)).isEmpty();
    }
}
