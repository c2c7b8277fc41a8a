package dev.spotter.scheduling;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import dev.spotter.support.TestInfrastructure;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.scheduling.SchedulingWorld.LONDON;
import static dev.spotter.scheduling.SchedulingWorld.body;
import static dev.spotter.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Calendar feeds for coaches and clients, fetched without signing in, and the booking email's calendar file. */
@IntegrationTest
class CalendarFeedTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    SchedulingWorld world;
    Instant session;
    String bookingId;
    String scheduleId;
    Instant classStart;

    @BeforeEach
    void world() {
        world = new SchedulingWorld(mvc, fixtures, "Feed Gym", 60);
        session = world.firstSlotAfter(3);
        bookingId = JsonPath.read(body(world.book(world.client, session, UUID.randomUUID())), "$.bookings[0].id");
        String spin = JsonPath.read(body(world.post(world.owner, "/api/v1/scheduling/services", """
                {"name":"Spin","kind":"CLASS","durationMinutes":45,"capacity":8,"bufferMinutes":15,
                 "cancellationHours":12}""")), "$.id");
        String location = JsonPath.read(body(world.post(world.owner, "/api/v1/scheduling/locations",
                "{\"name\":\"Main\"}")), "$.id");
        String room = JsonPath.read(body(world.post(world.owner, "/api/v1/scheduling/locations/" + location
                + "/rooms", "{\"name\":\"Studio 1\",\"capacity\":20}")), "$.id");
        LocalDate first = LocalDate.now(LONDON).plusDays(4);
        scheduleId = JsonPath.read(body(world.post(world.trainer, "/api/v1/scheduling/classes/schedules", """
                {"serviceId":"%s","coachId":"%s","roomId":"%s","firstDate":"%s","startTime":"07:00",
                 "rule":"FREQ=WEEKLY;COUNT=2"}""".formatted(spin, world.trainerId, room, first))), "$.id");
        classStart = ZonedDateTime.of(first.atTime(7, 0), LONDON).toInstant();
        assertThat(world.post(world.client, "/api/v1/scheduling/classes/places", """
                {"scheduleId":"%s","startsAt":"%s","requestId":"%s"}""".formatted(scheduleId, classStart,
                UUID.randomUUID()))).hasStatus(201);
    }

    @Test
    void aClientsFeedListsTheirSessionAndClassPlaceAsValidICalendarWithStableUids() throws Exception {
        String path = newFeed(world.studio.client(), "/portal/sessions/calendar-feed");
        MvcTestResult fetched = mvc.get().uri(path).exchange();
        assertThat(fetched).hasStatusOk().hasContentTypeCompatibleWith("text/calendar");
        Calendar calendar = parse(body(fetched));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();

        Map<String, VEvent> events = byUid(calendar);
        VEvent booked = events.get("booking-" + bookingId + "@spotter");
        assertThat(text(booked, Property.SUMMARY)).isEqualTo("PT session with Terry Trainer");
        assertThat(start(booked)).isEqualTo(session);
        assertThat(end(booked)).isEqualTo(session.plusSeconds(3600));
        VEvent spin = events.get("class-" + scheduleId + "-" + classStart.getEpochSecond() + "@spotter");
        assertThat(text(spin, Property.SUMMARY)).isEqualTo("Spin");
        assertThat(text(spin, Property.LOCATION)).isEqualTo("Studio 1");
        assertThat(start(spin)).isEqualTo(classStart);
        assertThat(end(spin)).isEqualTo(classStart.plusSeconds(45 * 60));
        // The second Spin of the series has no place of Cara's, so it is not in her calendar.
        assertThat(events).hasSize(2);

        assertThat(byUid(parse(body(mvc.get().uri(path).exchange()))).keySet()).isEqualTo(events.keySet());
    }

    @Test
    void aCoachsFeedListsTheirSessionsWithTheClientAndEveryClassTheyLead() throws Exception {
        String path = newFeed(world.studio.trainer(), "/app/schedule/calendar-feed");
        Calendar calendar = parse(body(mvc.get().uri(path).exchange()));
        assertThat(calendar.validate().hasErrors()).isFalse();
        Map<String, VEvent> events = byUid(calendar);
        assertThat(text(events.get("booking-" + bookingId + "@spotter"), Property.SUMMARY))
                .isEqualTo("PT session with Cara Client");
        assertThat(events).containsKeys("class-" + scheduleId + "-" + classStart.getEpochSecond() + "@spotter",
                "class-" + scheduleId + "-" + classStart.plusSeconds(7 * 86400).getEpochSecond() + "@spotter");
    }

    @Test
    void aCancelledSessionLeavesTheFeed() throws Exception {
        String path = newFeed(world.studio.client(), "/portal/sessions/calendar-feed");
        assertThat(world.post(world.client, "/api/v1/scheduling/bookings/" + bookingId + "/cancel", ""))
                .hasStatusOk();
        assertThat(byUid(parse(body(mvc.get().uri(path).exchange())))).doesNotContainKey(
                "booking-" + bookingId + "@spotter");
    }

    @Test
    void onlyTheHashIsKeptAndANewLinkOrTurningItOffEndsTheOldOne() {
        String first = newFeed(world.studio.client(), "/portal/sessions/calendar-feed");
        String secret = first.substring("/calendar/".length(), first.length() - ".ics".length());
        assertThat(jdbc.sql("select secret_hash from calendar_feed where secret_hash = ?").param(sha256(secret))
                .query(String.class).list()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from calendar_feed where secret_hash = ?").param(secret)
                .query(Integer.class).single()).isZero();

        String second = newFeed(world.studio.client(), "/portal/sessions/calendar-feed");
        assertThat(mvc.get().uri(first).exchange()).hasStatus(404);
        assertThat(mvc.get().uri(second).exchange()).hasStatusOk();

        assertThat(mvc.post().uri("/portal/sessions/calendar-feed/revoke").with(as(world.studio.client()))
                .with(csrf()).exchange()).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(second).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/calendar/cal_unknown.ics").exchange()).hasStatus(404);
    }

    @Test
    void thePagesShowTheLinkOnlyOnceAndThenOfferANewOneOrTurningItOff() {
        assertThat(mvc.get().uri("/app/schedule").with(as(world.studio.trainer())).exchange()).hasStatusOk()
                .bodyText().contains("Make a calendar link").doesNotContain("Turn off the link");
        MvcTestResult made = mvc.post().uri("/app/schedule/calendar-feed").with(as(world.studio.trainer()))
                .with(csrf()).exchange();
        String url = (String) made.getMvcResult().getFlashMap().get("feedUrl");
        assertThat(url).matches("https?://.+/calendar/cal_[A-Za-z0-9_-]{43}\\.ics");
        assertThat(mvc.get().uri("/app/schedule").with(as(world.studio.trainer()))
                .flashAttrs(made.getMvcResult().getFlashMap()).exchange()).bodyText().contains(url);
        assertThat(mvc.get().uri("/app/schedule").with(as(world.studio.trainer())).exchange()).bodyText()
                .doesNotContain(url).contains("Make a new link", "Turn off the link");
        assertThat(mvc.get().uri("/portal/sessions").with(as(world.studio.client())).exchange()).hasStatusOk()
                .bodyText().contains("Make a calendar link");
    }

    @Test
    void theBookingEmailCarriesTheSessionAsTheSameCalendarEvent() throws Exception {
        String email = world.studio.client().email();
        MimeMessage message = awaitMail(email, "Booked: PT session with Terry Trainer on");
        Part attachment = attachment(message);
        assertThat(attachment.getFileName()).isEqualTo("session.ics");
        assertThat(attachment.getContentType()).startsWith("text/calendar");
        Calendar calendar = parse(new String(attachment.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertThat(calendar.validate().hasErrors()).isFalse();
        VEvent event = (VEvent) calendar.getComponents().get(0);
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("booking-" + bookingId + "@spotter");
        assertThat(start(event)).isEqualTo(session);
    }

    private String newFeed(SpotterPrincipal member, String action) {
        MvcTestResult made = mvc.post().uri(action).with(as(member)).with(csrf()).exchange();
        assertThat(made).hasStatus3xxRedirection();
        String url = (String) made.getMvcResult().getFlashMap().get("feedUrl");
        return url.substring(url.indexOf("/calendar/"));
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().collect(Collectors.toMap(event -> event.getUid().orElseThrow().getValue(),
                event -> event));
    }

    private static Instant start(VEvent event) {
        return Instant.from(event.getStartDate().orElseThrow().getDate());
    }

    private static Instant end(VEvent event) {
        return Instant.from(event.getEndDate().orElseThrow().getDate());
    }

    private static String text(VEvent event, String property) {
        return event.getPropertyList().getAll().stream().filter(found -> found.getName().equals(property))
                .findFirst().map(Property::getValue).orElse(null);
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Part attachment(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part;
            }
        }
        throw new AssertionError("no attachment in " + message.getSubject());
    }

    private static MimeMessage awaitMail(String email, String subject) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            for (MimeMessage message : TestInfrastructure.mail().getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(email)
                        && message.getSubject().startsWith(subject)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no email to " + email + " starting " + subject);
    }
}
