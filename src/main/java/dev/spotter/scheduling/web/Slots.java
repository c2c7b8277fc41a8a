package dev.spotter.scheduling.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.spotter.scheduling.engine.Interval;

/** Free slots grouped by local day, each a button with its local time and the UTC instant it books. */
record Slots(LocalDate date, List<Slot> slots) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** One start time. */
    record Slot(String time, String startsAt) {
    }

    static List<Slots> byDay(List<Interval> free, ZoneId zone) {
        Map<LocalDate, List<Slot>> days = new LinkedHashMap<>();
        for (Interval interval : free) {
            days.computeIfAbsent(interval.start().atZone(zone).toLocalDate(), key -> new java.util.ArrayList<>())
                    .add(new Slot(TIME.format(interval.start().atZone(zone)), interval.start().toString()));
        }
        return days.entrySet().stream().map(entry -> new Slots(entry.getKey(), entry.getValue())).toList();
    }
}
