package dev.spotter.scheduling.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.mail.Mailer;
import dev.spotter.platform.web.PublicUrls;
import dev.spotter.scheduling.Booking;
import dev.spotter.scheduling.BookingStatus;
import dev.spotter.scheduling.SessionBooked;
import dev.spotter.studios.StudioDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

/**
 * Confirms a booked or moved 1:1 session to its client once it has committed, with the session attached as an
 * iCalendar file carrying the same UID as in their calendar feed, so importing it twice keeps one event.
 */
@Component
class BookingMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm");

    private final Appointments appointments;
    private final ClientDirectory clients;
    private final StudioDirectory studios;
    private final Mailer mailer;
    private final PublicUrls urls;

    BookingMail(Appointments appointments, ClientDirectory clients, StudioDirectory studios, Mailer mailer,
                PublicUrls urls) {
        this.appointments = appointments;
        this.clients = clients;
        this.studios = studios;
        this.mailer = mailer;
        this.urls = urls;
    }

    @TransactionalEventListener
    void send(SessionBooked booked) {
        Appointments.Listed listed = appointments.find(booked.studio(), booked.bookingId()).orElse(null);
        if (listed == null || listed.booking().status() != BookingStatus.BOOKED) {
            return;
        }
        Booking booking = listed.booking();
        Client client = clients.byIds(booked.studio(), List.of(booking.clientId())).get(booking.clientId());
        if (client == null || client.email() == null) {
            return;
        }
        String coach = studios.activeCoaches(booked.studio()).stream()
                .filter(candidate -> candidate.memberId().equals(booking.coach()))
                .map(StudioDirectory.Coach::displayName).findFirst().orElse("your coach");
        ZoneId zone = studios.timeZone(booked.studio());
        String when = WHEN.format(booking.startsAt().atZone(zone));
        String studio = studios.studioName(booked.studio());
        String link = urls.absolute("/portal/sessions/" + booking.id());
        String subject = "Booked: " + listed.serviceName() + " with " + coach + " on " + when;
        String text = """
                Hello %s,

                Your %s with %s is booked for %s (%s). The attached file adds it to your calendar.

                To see or cancel it:
                %s
                """.formatted(client.displayName(), listed.serviceName(), coach, when, studio, link);
        String html = """
                <p>Hello %s,</p>
                <p>Your <strong>%s</strong> with %s is booked for %s (%s). The attached file adds it to your
                calendar.</p>
                <p><a href="%s">See or cancel it</a></p>
                """.formatted(HtmlUtils.htmlEscape(client.displayName()), HtmlUtils.htmlEscape(listed.serviceName()),
                HtmlUtils.htmlEscape(coach), when, HtmlUtils.htmlEscape(studio), HtmlUtils.htmlEscape(link));
        String calendar = ICalendar.write(List.of(ICalendar.session(booking, listed.serviceName(), coach)));
        mailer.send(client.email(), subject, text, html, List.of(new Mailer.Attachment("session.ics",
                "text/calendar; charset=UTF-8", calendar.getBytes(StandardCharsets.UTF_8))));
    }
}
