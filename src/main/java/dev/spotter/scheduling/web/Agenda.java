package dev.spotter.scheduling.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import dev.spotter.scheduling.AppointmentBook;

/** A day or a week of sessions laid out day by day in the studio's time zone, for the phone-first views. */
record Agenda(String view, LocalDate first, LocalDate last, LocalDate previous, LocalDate next, String title,
              List<Day> days) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** One day and its entries. */
    record Day(LocalDate date, List<Entry> entries) {
    }

    /** One session as a line: times, what, with whom, status. */
    record Entry(String id, String time, String title, String with, String status, boolean live) {
    }

    static LocalDate first(String view, LocalDate date) {
        return "day".equals(view) ? date : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static LocalDate last(String view, LocalDate date) {
        return "day".equals(view) ? first(view, date) : first(view, date).plusDays(6);
    }

    static Agenda of(String view, LocalDate date, ZoneId zone, List<AppointmentBook.Session> sessions,
                     boolean forCoach) {
        LocalDate first = first(view, date);
        LocalDate last = last(view, date);
        List<Day> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate current = day;
            days.add(new Day(day, sessions.stream()
                    .filter(session -> session.booking().startsAt().atZone(zone).toLocalDate().equals(current))
                    .map(session -> new Entry(session.booking().id().toString(),
                            TIME.format(session.booking().startsAt().atZone(zone)) + "–"
                                    + TIME.format(session.booking().endsAt().atZone(zone)),
                            session.serviceName(), forCoach ? session.clientName() : "with " + session.coachName(),
                            session.booking().status().label(), !session.booking().status().cancelled()))
                    .toList()));
        }
        int step = "day".equals(view) ? 1 : 7;
        DateTimeFormatter title = DateTimeFormatter.ofPattern("d MMM yyyy");
        return new Agenda(view, first, last, first.minusDays(step), first.plusDays(step),
                "day".equals(view) ? DateTimeFormatter.ofPattern("EEEE d MMMM yyyy").format(first)
                        : "Week of " + title.format(first), days);
    }
}
