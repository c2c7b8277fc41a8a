package dev.spotter.scheduling.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.spotter.scheduling.ClassOccurrence;

/** One day of a week of classes, for pages that list them day by day. */
record ClassDay(LocalDate date, List<ClassOccurrence> classes) {

    static List<ClassDay> of(List<ClassOccurrence> occurrences, ZoneId zone, LocalDate monday) {
        List<ClassDay> days = new ArrayList<>();
        for (int offset = 0; offset < 7; offset++) {
            LocalDate date = monday.plusDays(offset);
            days.add(new ClassDay(date, occurrences.stream()
                    .filter(occurrence -> occurrence.startsAt().atZone(zone).toLocalDate().equals(date)).toList()));
        }
        return days;
    }
}
