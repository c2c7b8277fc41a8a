package dev.spotter.scheduling.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the start times a trainer can be booked at, and says why a chosen time cannot be. Hours are local to the
 * studio and turned into instants date by date, so a session at 09:00 stays at 09:00 on either side of a
 * daylight-saving change, and hours that span the change are an hour shorter or longer in real time.
 */
public final class FreeSlots {

    /** Why a time cannot be booked. */
    public enum Refusal {
        /** The time has passed. */
        PAST,
        /** It starts sooner than the service's minimum notice. */
        NOTICE,
        /** It is not within the trainer's hours on that day. */
        OUTSIDE_HOURS,
        /** The trainer is away. */
        TIME_OFF,
        /** It overlaps (with the buffer after it) something the trainer already has. */
        CLASH
    }

    private FreeSlots() {
    }

    /**
     * The free start times on each date from {@code from} to {@code to} inclusive, in order. {@code busy} holds what
     * the trainer already has, each span including the buffer its own service keeps after it.
     */
    public static List<Interval> find(Availability availability, Collection<Interval> busy, SlotRules rules,
                                      ZoneId zone, LocalDate from, LocalDate to, Instant now) {
        List<Interval> blocked = merge(concat(busy, availability.timeOff()));
        Instant earliest = now.plus(rules.notice());
        List<Interval> slots = new ArrayList<>();
        int next = 0;
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (Interval window : windows(availability, zone, date)) {
                for (Instant start = window.start(); !start.plus(rules.length()).isAfter(window.end());
                     start = start.plus(rules.step())) {
                    if (start.isBefore(earliest)) {
                        continue;
                    }
                    Interval occupied = Interval.of(start, rules.length().plus(rules.buffer()));
                    while (next < blocked.size() && !blocked.get(next).end().isAfter(start)) {
                        next++;
                    }
                    if (next < blocked.size() && blocked.get(next).overlaps(occupied)) {
                        continue;
                    }
                    slots.add(Interval.of(start, rules.length()));
                }
            }
        }
        return slots;
    }

    /**
     * Why a session from {@code start} cannot be booked, or empty when it can. {@code noticeApplies} is false when a
     * trainer books for a client and may do so at short notice.
     */
    public static Optional<Refusal> check(Availability availability, Collection<Interval> busy, SlotRules rules,
                                          ZoneId zone, Instant start, Instant now, boolean noticeApplies) {
        Interval session = Interval.of(start, rules.length());
        if (start.isBefore(now)) {
            return Optional.of(Refusal.PAST);
        }
        if (noticeApplies && start.isBefore(now.plus(rules.notice()))) {
            return Optional.of(Refusal.NOTICE);
        }
        LocalDate date = start.atZone(zone).toLocalDate();
        boolean inHours = windows(availability, zone, date).stream().anyMatch(window -> window.contains(session))
                || windows(availability, zone, date.minusDays(1)).stream()
                .anyMatch(window -> window.contains(session));
        if (!inHours) {
            return Optional.of(Refusal.OUTSIDE_HOURS);
        }
        if (availability.timeOff().stream().anyMatch(away -> away.overlaps(session))) {
            return Optional.of(Refusal.TIME_OFF);
        }
        Interval occupied = Interval.of(start, rules.length().plus(rules.buffer()));
        if (busy.stream().anyMatch(other -> other.overlaps(occupied))) {
            return Optional.of(Refusal.CLASH);
        }
        return Optional.empty();
    }

    /** The trainer's hours on one local date as instants, after that date's exceptions, merged and in order. */
    public static List<Interval> windows(Availability availability, ZoneId zone, LocalDate date) {
        List<LocalTime[]> local = new ArrayList<>();
        for (WeeklyHours hours : availability.weekly()) {
            if (hours.day() == date.getDayOfWeek()) {
                local.add(new LocalTime[] {hours.start(), hours.end()});
            }
        }
        for (DateException exception : availability.exceptions()) {
            if (!exception.date().equals(date) || exception.available()) {
                continue;
            }
            if (exception.wholeDay()) {
                local.clear();
            } else {
                local = subtract(local, exception.start(), exception.end());
            }
        }
        for (DateException exception : availability.exceptions()) {
            if (exception.date().equals(date) && exception.available()) {
                local.add(new LocalTime[] {exception.start(), exception.end()});
            }
        }
        List<Interval> windows = new ArrayList<>(local.size());
        for (LocalTime[] range : local) {
            Instant start = ZonedDateTime.of(date, range[0], zone).toInstant();
            Instant end = ZonedDateTime.of(date, range[1], zone).toInstant();
            if (end.isAfter(start)) {
                windows.add(new Interval(start, end));
            }
        }
        return merge(windows);
    }

    private static List<LocalTime[]> subtract(List<LocalTime[]> ranges, LocalTime start, LocalTime end) {
        List<LocalTime[]> left = new ArrayList<>();
        for (LocalTime[] range : ranges) {
            if (!range[0].isBefore(end) || !start.isBefore(range[1])) {
                left.add(range);
                continue;
            }
            if (range[0].isBefore(start)) {
                left.add(new LocalTime[] {range[0], start});
            }
            if (end.isBefore(range[1])) {
                left.add(new LocalTime[] {end, range[1]});
            }
        }
        return left;
    }

    private static List<Interval> concat(Collection<Interval> first, Collection<Interval> second) {
        List<Interval> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return all;
    }

    /** Joins overlapping or touching spans, in order of start. */
    static List<Interval> merge(List<Interval> spans) {
        if (spans.size() < 2) {
            return List.copyOf(spans);
        }
        List<Interval> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.naturalOrder());
        List<Interval> merged = new ArrayList<>();
        Interval current = sorted.get(0);
        for (int i = 1; i < sorted.size(); i++) {
            Interval candidate = sorted.get(i);
            if (!candidate.start().isAfter(current.end())) {
                Instant end = candidate.end().isAfter(current.end()) ? candidate.end() : current.end();
                current = new Interval(current.start(), end);
            } else {
                merged.add(current);
                current = candidate;
            }
        }
        merged.add(current);
        return merged;
    }
}
