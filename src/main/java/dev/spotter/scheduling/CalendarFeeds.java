package dev.spotter.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.security.Secrets;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.scheduling.internal.Appointments;
import dev.spotter.scheduling.internal.Classes;
import dev.spotter.scheduling.internal.Feeds;
import dev.spotter.scheduling.internal.ICalendar;
import dev.spotter.studios.StudioDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar feeds: a secret link per coach or client that a calendar app subscribes to, listing the coach's
 * sessions and the classes they lead, or the client's sessions and class places. The secret is shown once when
 * made and only its hash is kept; a new link revokes the old one.
 */
@Service
public class CalendarFeeds {

    /** How far back and ahead a feed lists events. */
    static final Duration PAST = Duration.ofDays(31);
    static final Duration AHEAD = Duration.ofDays(AppointmentBook.MAX_DAYS);

    private final Feeds feeds;
    private final Appointments appointments;
    private final Classes classes;
    private final ClientDirectory clients;
    private final StudioDirectory studios;
    private final Clock clock;

    CalendarFeeds(Feeds feeds, Appointments appointments, Classes classes, ClientDirectory clients,
                  StudioDirectory studios, Clock clock) {
        this.feeds = feeds;
        this.appointments = appointments;
        this.classes = classes;
        this.clients = clients;
        this.studios = studios;
        this.clock = clock;
    }

    /** When the caller's live feed was made, if they have one. */
    @Transactional(readOnly = true)
    public Optional<Instant> liveSince(SpotterPrincipal caller) {
        return feeds.liveSince(caller.studioId(), caller.memberId());
    }

    /** Makes a new feed for the caller, revoking the one they had; answers the secret, which is not kept. */
    @Transactional
    public String create(SpotterPrincipal caller) {
        UUID client = caller.coaches() ? null : clients.self(caller).id();
        Instant now = clock.instant();
        feeds.revoke(caller.studioId(), caller.memberId(), now);
        String secret = Secrets.generate("cal_");
        feeds.add(caller.studioId(), caller.memberId(), client, Secrets.hash(secret), now);
        return secret;
    }

    /** Ends the caller's feed; answers whether they had one. */
    @Transactional
    public boolean revoke(SpotterPrincipal caller) {
        return feeds.revoke(caller.studioId(), caller.memberId(), clock.instant());
    }

    /** The iCalendar text of the live feed with this secret, or empty for an unknown or revoked one. */
    @Transactional(readOnly = true)
    public Optional<String> calendar(String secret) {
        Optional<Feeds.Feed> feed = feeds.live(Secrets.hash(secret));
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        Feeds.Feed found = feed.get();
        Instant now = clock.instant();
        Instant from = now.minus(PAST);
        Instant to = now.plus(AHEAD);
        Map<MemberId, String> coaches = studios.activeCoaches(found.studio()).stream()
                .collect(Collectors.toMap(StudioDirectory.Coach::memberId, StudioDirectory.Coach::displayName));
        if (found.clientId() == null && !coaches.containsKey(found.member())) {
            return Optional.empty();
        }
        List<ICalendar.Event> events = found.clientId() == null
                ? coachEvents(found.studio(), found.member(), from, to, now)
                : clientEvents(found.studio(), found.clientId(), coaches, from, to, now);
        events.sort(Comparator.comparing(ICalendar.Event::start).thenComparing(ICalendar.Event::uid));
        return Optional.of(ICalendar.write(events));
    }

    private List<ICalendar.Event> coachEvents(StudioId studio, MemberId coach, Instant from, Instant to,
                                              Instant now) {
        List<Appointments.Listed> sessions = live(appointments.between(studio, coach, null, from, to));
        Map<UUID, Client> names = sessions.isEmpty() ? Map.of() : clients.byIds(studio, sessions.stream()
                .map(item -> item.booking().clientId()).collect(Collectors.toSet()));
        List<ICalendar.Event> events = new ArrayList<>();
        for (Appointments.Listed item : sessions) {
            Client client = names.get(item.booking().clientId());
            events.add(ICalendar.session(item.booking(), item.serviceName(),
                    client == null ? "Former client" : client.displayName()));
        }
        ZoneId zone = studios.timeZone(studio);
        for (ClassSchedule schedule : classes.schedules(studio, coach)) {
            if (schedule.active()) {
                for (Instant start : schedule.starts(zone, from, to)) {
                    events.add(classEvent(schedule, start, now));
                }
            }
        }
        return events;
    }

    private List<ICalendar.Event> clientEvents(StudioId studio, UUID client, Map<MemberId, String> coaches,
                                               Instant from, Instant to, Instant now) {
        List<ICalendar.Event> events = new ArrayList<>();
        for (Appointments.Listed item : live(appointments.between(studio, null, client, from, to))) {
            events.add(ICalendar.session(item.booking(), item.serviceName(),
                    coaches.getOrDefault(item.booking().coach(), "Former coach")));
        }
        Map<UUID, ClassSchedule> schedules = classes.schedules(studio, null).stream()
                .collect(Collectors.toMap(ClassSchedule::id, Function.identity()));
        for (ClassPlace place : classes.placesOf(studio, client, from, to)) {
            if (place.status() == PlaceStatus.BOOKED || place.status() == PlaceStatus.ATTENDED
                    || place.status() == PlaceStatus.NO_SHOW) {
                events.add(classEvent(schedules.get(place.scheduleId()), place.startsAt(), now));
            }
        }
        return events;
    }

    private static ICalendar.Event classEvent(ClassSchedule schedule, Instant start, Instant now) {
        return new ICalendar.Event(ICalendar.classUid(schedule.id(), start), schedule.serviceName(), start,
                start.plus(schedule.duration()), schedule.roomName(), now);
    }

    private static List<Appointments.Listed> live(List<Appointments.Listed> listed) {
        return listed.stream().filter(item -> item.booking().status() != BookingStatus.CANCELLED
                && item.booking().status() != BookingStatus.LATE_CANCELLED).toList();
    }
}
