package dev.spotter.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.scheduling.engine.Availability;
import dev.spotter.scheduling.engine.DateException;
import dev.spotter.scheduling.engine.Interval;
import dev.spotter.scheduling.engine.WeeklyHours;

/** A coach's working time as stored: weekly hours, date exceptions and time off, each with the id to remove it. */
public record CoachHours(MemberId coach, List<Weekly> weekly, List<Exception> exceptions, List<Away> timeOff,
                         List<String> qualifications) {

    /** Weekly hours on one day. */
    public record Weekly(UUID id, WeeklyHours hours) {
    }

    /** A change on one date. */
    public record Exception(UUID id, DateException change, String note) {

        public LocalDate date() {
            return change.date();
        }

        public LocalTime starts() {
            return change.start();
        }

        public LocalTime ends() {
            return change.end();
        }
    }

    /** Time away, as an absolute span. */
    public record Away(UUID id, Instant startsAt, Instant endsAt, String reason) {
    }

    public CoachHours {
        weekly = List.copyOf(weekly);
        exceptions = List.copyOf(exceptions);
        timeOff = List.copyOf(timeOff);
        qualifications = List.copyOf(qualifications);
    }

    public Availability availability() {
        return new Availability(weekly.stream().map(Weekly::hours).toList(),
                exceptions.stream().map(Exception::change).toList(),
                timeOff.stream().map(away -> new Interval(away.startsAt(), away.endsAt())).toList());
    }
}
