package dev.spotter.scheduling;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.mail.Mailer;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.platform.web.PublicUrls;
import dev.spotter.studios.StudioDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Email reminders 24 h and 2 h before a booked 1:1 session, and unsubscribing from them with a signed link. Each
 * reminder is claimed in {@code reminder_sent} before it is sent, so two instances that race send it once.
 */
@Service
public class SessionReminders {

    private static final Logger log = LoggerFactory.getLogger(SessionReminders.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);

    /** How long before the session a reminder goes out. */
    public enum Kind {
        DAY_BEFORE("24H", Duration.ofHours(24)), TWO_HOURS_BEFORE("2H", Duration.ofHours(2));

        private final String code;
        private final Duration ahead;

        Kind(String code, Duration ahead) {
            this.code = code;
            this.ahead = ahead;
        }
    }

    private final JdbcClient jdbc;
    private final ClientDirectory clients;
    private final StudioDirectory studios;
    private final Mailer mailer;
    private final PublicUrls urls;
    private final TemplateEngine templates = mailTemplates();
    private final Clock clock;

    SessionReminders(JdbcClient jdbc, ClientDirectory clients, StudioDirectory studios, Mailer mailer,
                     PublicUrls urls, Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.studios = studios;
        this.mailer = mailer;
        this.urls = urls;
        this.clock = clock;
    }

    /** The reminder's plain-text and HTML bodies, in Thymeleaf's text and HTML modes. */
    private static TemplateEngine mailTemplates() {
        TemplateEngine engine = new SpringTemplateEngine();
        int order = 1;
        for (TemplateMode mode : List.of(TemplateMode.TEXT, TemplateMode.HTML)) {
            ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
            resolver.setPrefix("templates/scheduling/mail/");
            resolver.setTemplateMode(mode);
            resolver.setResolvablePatterns(Set.of(mode == TemplateMode.TEXT ? "*.txt" : "*.html"));
            resolver.setCharacterEncoding("UTF-8");
            resolver.setOrder(order++);
            engine.addTemplateResolver(resolver);
        }
        return engine;
    }

    private record Due(UUID studioId, UUID bookingId, UUID clientId, UUID coachId, Instant startsAt,
                       String serviceName) {
    }

    /**
     * Sends every reminder that is due now, in every studio: a session inside the next 2 hours gets the 2 h
     * reminder, one inside the next 24 hours the 24 h reminder. Answers how many reminders this call took care of
     * (sent, or passed over for a client without an email address); none while no mail server is configured.
     */
    public int sendDue() {
        if (!mailer.configured()) {
            // Without a mail server nothing could go out: the reminders wait until one is configured.
            return 0;
        }
        Instant now = clock.instant();
        int sent = 0;
        for (Kind kind : Kind.values()) {
            Instant from = kind == Kind.DAY_BEFORE ? now.plus(Kind.TWO_HOURS_BEFORE.ahead) : now;
            for (Due due : due(kind, from, now.plus(kind.ahead))) {
                if (!claim(due, kind, now)) {
                    continue;
                }
                if (send(due, kind)) {
                    sent++;
                } else {
                    release(due, kind);
                }
            }
        }
        return sent;
    }

    private List<Due> due(Kind kind, Instant from, Instant to) {
        // A job for every studio: the one query that is not scoped by a caller's studio, as it has no caller.
        return jdbc.sql("""
                select b.studio_id, b.booking_id, b.client_id, b.coach_id, b.starts_at, s.name
                  from booking b
                  join service s on s.studio_id = b.studio_id and s.service_id = b.service_id
                 where b.status = 'BOOKED' and b.starts_at > ? and b.starts_at <= ?
                   and not exists (select 1 from reminders_off o
                                    where o.studio_id = b.studio_id and o.client_id = b.client_id)
                   and not exists (select 1 from reminder_sent r
                                    where r.studio_id = b.studio_id and r.booking_id = b.booking_id and r.kind = ?)
                 order by b.starts_at
                """).params(Timestamp.from(from), Timestamp.from(to), kind.code)
                .query((rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .list();
    }

    private boolean claim(Due due, Kind kind, Instant now) {
        return jdbc.sql("""
                insert into reminder_sent (studio_id, booking_id, kind, sent_at) values (?, ?, ?, ?)
                on conflict do nothing
                """).params(due.studioId(), due.bookingId(), kind.code, Timestamp.from(now)).update() == 1;
    }

    /** Gives a claim back when the mail server did not take the message, so the next run tries again. */
    private void release(Due due, Kind kind) {
        jdbc.sql("delete from reminder_sent where studio_id = ? and booking_id = ? and kind = ?")
                .params(due.studioId(), due.bookingId(), kind.code).update();
    }

    private boolean send(Due due, Kind kind) {
        StudioId studio = new StudioId(due.studioId());
        Client client = clients.byIds(studio, List.of(due.clientId())).get(due.clientId());
        if (client == null || client.email() == null) {
            return true;
        }
        String coach = studios.activeCoaches(studio).stream()
                .filter(candidate -> candidate.memberId().value().equals(due.coachId()))
                .map(StudioDirectory.Coach::displayName).findFirst().orElse("your coach");
        ZoneId zone = studios.timeZone(studio);
        Context context = new Context(Locale.UK);
        context.setVariable("name", client.displayName());
        context.setVariable("service", due.serviceName());
        context.setVariable("coach", coach);
        context.setVariable("when", WHEN.format(due.startsAt().atZone(zone)));
        context.setVariable("studio", studios.studioName(studio));
        context.setVariable("soon", kind == Kind.TWO_HOURS_BEFORE);
        context.setVariable("sessionUrl", urls.absolute("/portal/sessions/" + due.bookingId()));
        context.setVariable("unsubscribeUrl", urls.absolute("/reminders/unsubscribe?studio=" + due.studioId()
                + "&client=" + due.clientId() + "&signature=" + signature(due.studioId(), due.clientId())));
        String subject = "Reminder: " + due.serviceName() + " with " + coach
                + (kind == Kind.TWO_HOURS_BEFORE ? " in 2 hours" : " tomorrow") + ", "
                + context.getVariable("when");
        boolean accepted = mailer.send(client.email(), subject,
                templates.process("reminder.txt", context),
                templates.process("reminder.html", context));
        if (!accepted) {
            log.info("Reminder for booking {} not sent; the next run tries again", due.bookingId());
        }
        return accepted;
    }

    /**
     * Turns reminders off for the client that a signed unsubscribe link names, without signing in. Answers false
     * when the signature does not match, so a link cannot be made for someone else.
     */
    public boolean unsubscribe(UUID studioId, UUID clientId, String signature) {
        byte[] expected = signature(studioId, clientId).getBytes(StandardCharsets.US_ASCII);
        if (signature == null
                || !MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        jdbc.sql("""
                insert into reminders_off (studio_id, client_id, since) values (?, ?, ?)
                on conflict do nothing
                """).params(studioId, clientId, Timestamp.from(clock.instant())).update();
        return true;
    }

    private String signature(UUID studioId, UUID clientId) {
        byte[] key = jdbc.sql("select key from reminder_link_key where id = 1").query(byte[].class).single();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(("reminders-off:" + studioId + ":" + clientId)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
