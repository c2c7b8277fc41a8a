package dev.spotter.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.scheduling.engine.FreeSlots;
import dev.spotter.scheduling.engine.Interval;
import dev.spotter.scheduling.internal.Appointments;
import dev.spotter.scheduling.internal.Resources;
import dev.spotter.studios.StudioDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 1:1 sessions: the free slots of a coach for a service, booking (by the client or by a coach for a client, once
 * per request, never two in the same time of a coach), rescheduling, cancelling (late inside the service's
 * window), and marking no-shows and attendance. A client sees and changes only their own sessions.
 */
@Service
public class AppointmentBook {

    /** How far ahead slots are offered and recurring sessions are booked. */
    public static final int MAX_DAYS = 92;
    public static final int MAX_WEEKS = 12;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");

    private final Appointments appointments;
    private final Resources resources;
    private final ClientDirectory clients;
    private final StudioDirectory studios;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClassBook classes;

    AppointmentBook(Appointments appointments, Resources resources, ClientDirectory clients, StudioDirectory studios,
                    ApplicationEventPublisher events, Clock clock, ClassBook classes) {
        this.classes = classes;
        this.appointments = appointments;
        this.resources = resources;
        this.clients = clients;
        this.studios = studios;
        this.events = events;
        this.clock = clock;
    }

    /** What booking did: the sessions, and whether this request made them (false: an earlier one had). */
    public record Booked(List<Booking> bookings, boolean created) {
    }

    /** A booking with what a page shows beside it. */
    public record Session(Booking booking, String serviceName, String clientName, String coachName,
                          CancellationPolicy policy) {

        /** Whether cancelling now would be recorded as late. */
        public boolean lateIfCancelled(Instant now) {
            return policy.late(now, booking.startsAt());
        }
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone(SpotterPrincipal caller) {
        return studios.timeZone(caller.studioId());
    }

    /** The 1:1 services and the coaches qualified to lead each, for choosing what to book. */
    @Transactional(readOnly = true)
    public Map<dev.spotter.scheduling.Service, List<StudioDirectory.Coach>> bookable(SpotterPrincipal caller) {
        List<StudioDirectory.Coach> coaches = studios.activeCoaches(caller.studioId());
        Map<MemberId, List<String>> qualifications = new HashMap<>();
        for (StudioDirectory.Coach coach : coaches) {
            qualifications.put(coach.memberId(), resources.qualifications(caller.studioId(), coach.memberId()));
        }
        Map<dev.spotter.scheduling.Service, List<StudioDirectory.Coach>> bookable = new java.util.LinkedHashMap<>();
        for (var service : resources.services(caller.studioId())) {
            if (service.active() && !service.kind().group()) {
                bookable.put(service, coaches.stream().filter(coach -> service.qualification() == null
                        || qualifications.get(coach.memberId()).contains(service.qualification())).toList());
            }
        }
        return bookable;
    }

    /** The free start times of a coach for a 1:1 service, on local dates {@code from} to {@code to} inclusive. */
    @Transactional(readOnly = true)
    public List<Interval> slots(SpotterPrincipal caller, UUID serviceId, MemberId coach, LocalDate from,
                                LocalDate to) {
        var service = oneToOne(caller, serviceId);
        requireQualified(caller, service, coach);
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidFieldException("to", "must be on or after from");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidFieldException("to", "ask for at most " + MAX_DAYS + " days at a time");
        }
        ZoneId zone = zone(caller);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        CoachHours hours = resources.hours(caller.studioId(), coach, start);
        List<Interval> busy = busy(caller.studioId(), coach, start, end.plus(Duration.ofDays(1)), null);
        Instant now = clock.instant();
        var rules = caller.coaches() ? new dev.spotter.scheduling.engine.SlotRules(service.duration(),
                service.buffer(), Duration.ZERO, dev.spotter.scheduling.Service.STEP) : service.rules();
        return FreeSlots.find(hours.availability(), busy, rules, zone, from, to, now);
    }

    /** Books one session, or the same local time for several weeks; all of them or, with the reason, none. */
    @Transactional
    public Booked book(SpotterPrincipal caller, BookSession command) {
        if (command.requestId() == null) {
            throw new InvalidFieldException("requestId", "is required, so that a request sent twice books once");
        }
        Optional<Booking> earlier = appointments.byRequest(caller.studioId(), command.requestId());
        if (earlier.isPresent()) {
            Booking first = earlier.get();
            if (!caller.coaches() && !clients.self(caller).id().equals(first.clientId())) {
                throw new ConflictException("requestId", "was used for another booking");
            }
            List<Booking> series = first.seriesId() == null ? List.of(first)
                    : appointments.between(caller.studioId(), first.coach(), first.clientId(), first.startsAt(),
                    first.startsAt().plus(Duration.ofDays(7L * MAX_WEEKS))).stream().map(Appointments.Listed::booking)
                    .filter(booking -> first.seriesId().equals(booking.seriesId())).toList();
            return new Booked(series, false);
        }
        var service = oneToOne(caller, command.serviceId());
        if (command.coach() == null) {
            throw new InvalidFieldException("coach", "choose the coach");
        }
        requireQualified(caller, service, command.coach());
        Client client = caller.coaches()
                ? clients.client(caller, requireClientId(command.clientId()))
                : clients.self(caller);
        if (command.startsAt() == null) {
            throw new InvalidFieldException("startsAt", "choose a time");
        }
        int weeks = command.weeks() == null ? 1 : command.weeks();
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new InvalidFieldException("weeks", "must be 1 to " + MAX_WEEKS);
        }
        if (weeks > 1 && !caller.coaches()) {
            throw new InvalidFieldException("weeks", "ask your coach to book a weekly session");
        }
        ZoneId zone = zone(caller);
        Instant now = clock.instant();
        ZonedDateTime first = command.startsAt().atZone(zone);
        Instant last = first.plusWeeks(weeks).toInstant();
        CoachHours hours = resources.hours(caller.studioId(), command.coach(), first.toInstant());
        List<Interval> busy = busy(caller.studioId(), command.coach(), first.toInstant().minus(Duration.ofDays(1)),
                last, null);
        String coachName = coachName(caller.studioId(), command.coach());
        UUID series = weeks > 1 ? UUID.randomUUID() : null;
        List<Booking> made = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            // The same wall-clock time each week, whatever the daylight-saving offset that week.
            Instant start = first.plusWeeks(week).toInstant();
            Optional<FreeSlots.Refusal> refusal = FreeSlots.check(hours.availability(), busy, service.rules(), zone,
                    start, now, !caller.coaches());
            if (refusal.isPresent()) {
                refused.add(DAY.format(start.atZone(zone)) + ": " + reason(refusal.get(), service, coachName));
                continue;
            }
            UUID request = week == 0 ? command.requestId()
                    : UUID.nameUUIDFromBytes((command.requestId() + "/" + week).getBytes());
            Booking booking = new Booking(UUID.randomUUID(), service.id(), command.coach(), client.id(), start,
                    start.plus(service.duration()), start.plus(service.duration()).plus(service.buffer()),
                    BookingStatus.BOOKED, null, series, now);
            try {
                appointments.insert(caller.studioId(), booking, request, caller.memberId());
            } catch (DataIntegrityViolationException e) {
                throw new ConflictException("startsAt", "was booked a moment ago by someone else; choose another "
                        + "time");
            }
            made.add(booking);
        }
        if (!refused.isEmpty()) {
            String message = weeks == 1 ? refused.get(0).substring(refused.get(0).indexOf(": ") + 2)
                    : "cannot be booked on " + String.join("; ", refused);
            throw new InvalidFieldException(weeks == 1 ? "startsAt" : "weeks", message);
        }
        made.forEach(booking -> events.publishEvent(new SessionBooked(caller.studioId(), booking.id())));
        return new Booked(made, true);
    }

    /** Cancels a session; inside the service's cancellation window it is recorded as a late cancellation. */
    @Transactional
    public Booking cancel(SpotterPrincipal caller, UUID id) {
        Booking booking = lockOwn(caller, id);
        var service = resources.service(caller.studioId(), booking.serviceId()).orElseThrow();
        Booking cancelled = booking.cancel(clock.instant(), service.cancellation());
        appointments.update(caller.studioId(), cancelled);
        events.publishEvent(new SessionCancelled(caller.studioId(), cancelled.id(), cancelled.status()));
        return cancelled;
    }

    /** Moves a session to another time of the same coach; coaches only. */
    @Transactional
    public Booking reschedule(SpotterPrincipal caller, UUID id, Instant start) {
        requireCoach(caller);
        Booking booking = lockOwn(caller, id);
        if (start == null) {
            throw new InvalidFieldException("startsAt", "choose the new time");
        }
        var service = resources.service(caller.studioId(), booking.serviceId()).orElseThrow();
        Instant now = clock.instant();
        Booking moved = booking.moveTo(start, now);
        ZoneId zone = zone(caller);
        CoachHours hours = resources.hours(caller.studioId(), booking.coach(), start);
        List<Interval> busy = busy(caller.studioId(), booking.coach(), start.minus(Duration.ofDays(1)),
                start.plus(Duration.ofDays(1)), booking.id());
        Optional<FreeSlots.Refusal> refusal = FreeSlots.check(hours.availability(), busy, service.rules(), zone, start,
                now, false);
        if (refusal.isPresent()) {
            throw new InvalidFieldException("startsAt", reason(refusal.get(), service,
                    coachName(caller.studioId(), booking.coach())));
        }
        try {
            appointments.update(caller.studioId(), moved);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("startsAt", "was booked a moment ago by someone else; choose another time");
        }
        events.publishEvent(new SessionBooked(caller.studioId(), moved.id()));
        return moved;
    }

    @Transactional
    public Booking markNoShow(SpotterPrincipal caller, UUID id) {
        requireCoach(caller);
        Booking booking = lockOwn(caller, id).markNoShow(clock.instant());
        appointments.update(caller.studioId(), booking);
        return booking;
    }

    @Transactional
    public Booking markAttended(SpotterPrincipal caller, UUID id) {
        requireCoach(caller);
        Booking booking = lockOwn(caller, id).markAttended(clock.instant());
        appointments.update(caller.studioId(), booking);
        return booking;
    }

    @Transactional(readOnly = true)
    public Session session(SpotterPrincipal caller, UUID id) {
        Appointments.Listed listed = appointments.find(caller.studioId(), id)
                .filter(found -> visible(caller, found.booking()))
                .orElseThrow(() -> new NotFoundException("Booking"));
        return sessions(caller, List.of(listed)).get(0);
    }

    /**
     * Sessions starting from {@code from} (inclusive) to {@code to} (exclusive): a client's own, or a coach's
     * ({@code coach} null: the caller's own), by start.
     */
    @Transactional(readOnly = true)
    public List<Session> sessions(SpotterPrincipal caller, MemberId coach, Instant from, Instant to) {
        List<Appointments.Listed> listed = caller.coaches()
                ? appointments.between(caller.studioId(), coach == null ? caller.memberId() : coach, null, from, to)
                : appointments.between(caller.studioId(), null, clients.self(caller).id(), from, to);
        return sessions(caller, listed);
    }

    private List<Session> sessions(SpotterPrincipal caller, List<Appointments.Listed> listed) {
        if (listed.isEmpty()) {
            return List.of();
        }
        Map<MemberId, String> coachNames = studios.activeCoaches(caller.studioId()).stream()
                .collect(Collectors.toMap(StudioDirectory.Coach::memberId, StudioDirectory.Coach::displayName));
        Map<UUID, String> clientNames = caller.coaches()
                ? clients.names(caller, listed.stream().map(item -> item.booking().clientId()).collect(
                Collectors.toSet()))
                : Map.of(listed.get(0).booking().clientId(), caller.displayName());
        Map<UUID, CancellationPolicy> policies = resources.services(caller.studioId()).stream()
                .collect(Collectors.toMap(dev.spotter.scheduling.Service::id,
                        dev.spotter.scheduling.Service::cancellation));
        return listed.stream().map(item -> new Session(item.booking(), item.serviceName(),
                clientNames.getOrDefault(item.booking().clientId(), "Former client"),
                coachNames.getOrDefault(item.booking().coach(), "Former coach"),
                policies.get(item.booking().serviceId()))).toList();
    }

    /** The spans a coach is taken between two instants by live bookings and by the classes they lead. */
    List<Interval> busy(StudioId studio, MemberId coach, Instant from, Instant to, UUID except) {
        List<Interval> busy = new ArrayList<>(appointments.busy(studio, coach, from, to, except));
        busy.addAll(classes.busy(studio, coach, studios.timeZone(studio), from, to));
        busy.sort(Comparator.naturalOrder());
        return busy;
    }

    private Booking lockOwn(SpotterPrincipal caller, UUID id) {
        return appointments.lock(caller.studioId(), id).filter(booking -> visible(caller, booking))
                .orElseThrow(() -> new NotFoundException("Booking"));
    }

    private boolean visible(SpotterPrincipal caller, Booking booking) {
        return caller.coaches() || clients.self(caller).id().equals(booking.clientId());
    }

    private dev.spotter.scheduling.Service oneToOne(SpotterPrincipal caller, UUID serviceId) {
        if (serviceId == null) {
            throw new InvalidFieldException("serviceId", "choose what to book");
        }
        var service = resources.service(caller.studioId(), serviceId).filter(dev.spotter.scheduling.Service::active)
                .orElseThrow(() -> new InvalidFieldException("serviceId", "is not a service the studio offers"));
        if (service.kind().group()) {
            throw new InvalidFieldException("serviceId", "runs as a class; join one of its classes instead");
        }
        return service;
    }

    private void requireQualified(SpotterPrincipal caller, dev.spotter.scheduling.Service service, MemberId coach) {
        if (coach == null || studios.activeCoaches(caller.studioId()).stream()
                .noneMatch(candidate -> candidate.memberId().equals(coach))) {
            throw new InvalidFieldException("coach", "is not a coach of the studio");
        }
        if (service.qualification() != null
                && !resources.qualifications(caller.studioId(), coach).contains(service.qualification())) {
            throw new InvalidFieldException("coach", "is not qualified to lead " + service.name() + " (it needs "
                    + service.qualification() + ")");
        }
    }

    private String coachName(StudioId studio, MemberId coach) {
        return studios.activeCoaches(studio).stream().filter(candidate -> candidate.memberId().equals(coach))
                .map(StudioDirectory.Coach::displayName).findFirst().orElse("The coach");
    }

    private static UUID requireClientId(UUID clientId) {
        if (clientId == null) {
            throw new InvalidFieldException("clientId", "choose the client");
        }
        return clientId;
    }

    private static void requireCoach(SpotterPrincipal caller) {
        if (!caller.coaches()) {
            throw new AccessDeniedException("Only coaches change a booked session this way");
        }
    }

    static String reason(FreeSlots.Refusal refusal, dev.spotter.scheduling.Service service, String coachName) {
        return switch (refusal) {
            case PAST -> "is in the past";
            case NOTICE -> "is too soon: " + service.name() + " needs " + notice(service.noticeMinutes())
                    + " notice";
            case OUTSIDE_HOURS -> "is outside " + coachName + "'s hours";
            case TIME_OFF -> "is while " + coachName + " is away";
            case CLASH -> "clashes with another session of " + coachName;
        };
    }

    static String notice(int minutes) {
        if (minutes % 1440 == 0 && minutes >= 1440) {
            return minutes / 1440 + (minutes == 1440 ? " day's" : " days'");
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + (minutes == 60 ? " hour's" : " hours'");
        }
        return minutes + " minutes'";
    }
}
