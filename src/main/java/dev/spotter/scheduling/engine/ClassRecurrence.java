package dev.spotter.scheduling.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import net.fortuna.ical4j.model.Recur;

/**
 * A class's timetable: a first local start and an RFC 5545 recurrence rule (such as
 * {@code FREQ=WEEKLY;BYDAY=MO,WE}), with dates it does not run. Occurrences keep their local start time in the
 * studio's zone, so a 07:00 class is at 07:00 before and after a daylight-saving change.
 */
public record ClassRecurrence(LocalDateTime firstStart, String rule, Set<LocalDate> skipped) {

    /** How many occurrences one expansion returns at most, so that a rule without an end cannot run away. */
    public static final int MAX_OCCURRENCES = 1000;

    public ClassRecurrence {
        Objects.requireNonNull(firstStart, "firstStart");
        rule = rule == null || rule.isBlank() ? null : rule.strip().replaceFirst("^(?i)RRULE:", "");
        skipped = skipped == null ? Set.of() : Set.copyOf(skipped);
        if (rule != null) {
            parse(rule);
        }
    }

    /** Reads a rule, or says in a sentence what is wrong with it. */
    public static Recur<LocalDateTime> parse(String rule) {
        Recur<LocalDateTime> recur;
        try {
            recur = new Recur<>(rule);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("is not an RFC 5545 recurrence rule (for example "
                    + "FREQ=WEEKLY;BYDAY=MO,WE)");
        }
        if (recur.getFrequency() == null) {
            throw new IllegalArgumentException("needs a FREQ, such as FREQ=WEEKLY");
        }
        return recur;
    }

    /** The starts, as instants in {@code zone}, that fall from {@code from} (inclusive) to {@code to} (exclusive). */
    public List<ZonedDateTime> between(ZoneId zone, Instant from, Instant to) {
        LocalDateTime start = LocalDateTime.ofInstant(from, zone).minusDays(1);
        LocalDateTime end = LocalDateTime.ofInstant(to, zone).plusDays(1);
        List<LocalDateTime> locals = rule == null
                ? (firstStart.isBefore(start) || firstStart.isAfter(end) ? List.of() : List.of(firstStart))
                : parse(rule).getDates(firstStart, start, end, MAX_OCCURRENCES);
        return locals.stream()
                .filter(local -> !local.isBefore(firstStart))
                .filter(local -> !skipped.contains(local.toLocalDate()))
                .map(local -> ZonedDateTime.of(local, zone))
                .filter(zoned -> !zoned.toInstant().isBefore(from) && zoned.toInstant().isBefore(to))
                .sorted()
                .toList();
    }
}
