package dev.spotter.scheduling.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.spotter.scheduling.Booking;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes sessions and classes as an RFC 5545 calendar with ical4j. Times are written in UTC, which every calendar
 * app shows in its own time zone; each event's UID comes from what it is, so a refetched feed updates the same
 * events instead of adding copies.
 */
public final class ICalendar {

    private static final String PRODUCT = "-//Spotter//Scheduling//EN";

    private ICalendar() {
    }

    /** One event: a stable UID, what it is, when, where (may be null), and when it was made. */
    public record Event(String uid, String summary, Instant start, Instant end, String location, Instant stamp) {
    }

    /** A 1:1 session as its client ({@code with} the coach's name) or its coach (the client's name) sees it. */
    public static Event session(Booking booking, String serviceName, String with) {
        return new Event("booking-" + booking.id() + "@spotter", serviceName + " with " + with, booking.startsAt(),
                booking.endsAt(), null, booking.createdAt());
    }

    public static String classUid(UUID scheduleId, Instant start) {
        return "class-" + scheduleId + "-" + start.getEpochSecond() + "@spotter";
    }

    /** The calendar text, for subscribing or for importing an attached file (no METHOD: it is not an invitation). */
    public static String write(List<Event> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Event event : events) {
            VEvent component = new VEvent(event.start(), event.end(), event.summary());
            component.add(new Uid(event.uid()));
            component.replace(new DtStamp(event.stamp()));
            if (event.location() != null) {
                component.add(new Location(event.location()));
            }
            calendar.add(component);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
