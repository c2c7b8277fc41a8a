package dev.spotter.scheduling.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.mail.Mailer;
import dev.spotter.platform.web.PublicUrls;
import dev.spotter.scheduling.ClassPlace;
import dev.spotter.scheduling.ClassSchedule;
import dev.spotter.scheduling.WaitlistPromoted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

/** Tells a member that a place in a class came free and is now theirs, once the promotion has committed. */
@Component
class PromotionMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm");

    private final Classes classes;
    private final ClientDirectory clients;
    private final dev.spotter.studios.StudioDirectory studios;
    private final Mailer mailer;
    private final PublicUrls urls;

    PromotionMail(Classes classes, ClientDirectory clients, dev.spotter.studios.StudioDirectory studios, Mailer mailer,
                  PublicUrls urls) {
        this.classes = classes;
        this.clients = clients;
        this.studios = studios;
        this.mailer = mailer;
        this.urls = urls;
    }

    @TransactionalEventListener
    void send(WaitlistPromoted promoted) {
        Client client = clients.byIds(promoted.studioId(), java.util.List.of(promoted.clientId()))
                .get(promoted.clientId());
        ClassPlace place = classes.place(promoted.studioId(), promoted.placeId()).orElse(null);
        if (client == null || client.email() == null || place == null) {
            return;
        }
        ClassSchedule schedule = classes.schedule(promoted.studioId(), place.scheduleId()).orElseThrow();
        ZoneId zone = studios.timeZone(promoted.studioId());
        String when = WHEN.format(place.startsAt().atZone(zone));
        String studio = studios.studioName(promoted.studioId());
        String link = urls.absolute("/portal/sessions/classes/places/" + place.id());
        String subject = "A place came free: " + schedule.serviceName() + " on " + when;
        String text = """
                Hello %s,

                A place came free in %s on %s (%s, %s), and it is yours: you were first on the waitlist.

                If you can no longer come, please cancel so that the next person can have it:
                %s
                """.formatted(client.displayName(), schedule.serviceName(), when, schedule.roomName(), studio, link);
        String html = """
                <p>Hello %s,</p>
                <p>A place came free in <strong>%s</strong> on %s (%s, %s), and it is yours: you were first on the
                waitlist.</p>
                <p>If you can no longer come, please <a href="%s">cancel</a> so that the next person can have it.</p>
                """.formatted(HtmlUtils.htmlEscape(client.displayName()), HtmlUtils.htmlEscape(schedule.serviceName()),
                when, HtmlUtils.htmlEscape(schedule.roomName()), HtmlUtils.htmlEscape(studio),
                HtmlUtils.htmlEscape(link));
        mailer.send(client.email(), subject, text, html);
    }
}
