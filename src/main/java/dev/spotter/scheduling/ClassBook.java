package dev.spotter.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.scheduling.engine.ClassRecurrence;
import dev.spotter.scheduling.engine.Interval;
import dev.spotter.scheduling.internal.Classes;
import dev.spotter.scheduling.internal.Resources;
import dev.spotter.studios.StudioDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group classes: the timetable of recurring classes with their skipped dates, places up to the capacity (the last
 * one to exactly one member however many ask at once), the waitlist with automatic promotion when a place comes
 * free, check-in, and the instructor's roster with each attendee's safety flags.
 */
@Service
public class ClassBook {

    private final Classes classes;
    private final Resources resources;
    private final ClientDirectory clients;
    private final StudioDirectory studios;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClassBook(Classes classes, Resources resources, ClientDirectory clients, StudioDirectory studios,
              ApplicationEventPublisher events, Clock clock) {
        this.classes = classes;
        this.resources = resources;
        this.clients = clients;
        this.studios = studios;
        this.events = events;
        this.clock = clock;
    }

    /** What joining did: the place, and whether this request made it (false: an earlier one had). */
    public record Joined(ClassPlace place, boolean created) {
    }

    /** An attendee as the instructor sees them: their place, name and safety flags. */
    public record RosterEntry(ClassPlace place, ClientDirectory.SafetyCard card) {
    }

    /** The roster of one occurrence: places first, then the waitlist, then those who left. */
    public record Roster(ClassOccurrence occurrence, List<RosterEntry> entries) {
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone(SpotterPrincipal caller) {
        return studios.timeZone(caller.studioId());
    }

    @Transactional(readOnly = true)
    public List<ClassSchedule> schedules(SpotterPrincipal caller) {
        return classes.schedules(caller.studioId(), null);
    }

    @Transactional(readOnly = true)
    public ClassSchedule schedule(SpotterPrincipal caller, UUID id) {
        return classes.schedule(caller.studioId(), id).orElseThrow(() -> new NotFoundException("Class"));
    }

    /** Puts a class on the timetable; the owner for any coach, a trainer for themselves. */
    @Transactional
    public ClassSchedule createSchedule(SpotterPrincipal caller, SaveClassSchedule input) {
        if (!caller.coaches() || (!caller.isOwner() && !caller.memberId().equals(input.coach()))) {
            throw new AccessDeniedException("Trainers put their own classes on the timetable; the owner anyone's");
        }
        List<String> problems = new ArrayList<>();
        var service = input.serviceId() == null ? null : resources.service(caller.studioId(), input.serviceId())
                .filter(dev.spotter.scheduling.Service::active).orElse(null);
        if (service == null) {
            problems.add("serviceId: choose one of the studio's classes");
        } else if (!service.kind().group()) {
            problems.add("serviceId: " + service.name() + " is booked 1:1, not run as a class");
        }
        var coach = input.coach() == null ? null : studios.activeCoaches(caller.studioId()).stream()
                .filter(candidate -> candidate.memberId().equals(input.coach())).findFirst().orElse(null);
        if (coach == null) {
            problems.add("coach: choose a coach of the studio");
        } else if (service != null && service.qualification() != null
                && !resources.qualifications(caller.studioId(), coach.memberId()).contains(service.qualification())) {
            problems.add("coach: " + coach.displayName() + " is not qualified to lead " + service.name()
                    + " (it needs " + service.qualification() + ")");
        }
        Room room = input.roomId() == null ? null : resources.room(caller.studioId(), input.roomId()).orElse(null);
        if (room == null) {
            problems.add("roomId: choose a room");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone(caller)));
        if (input.firstDate() == null) {
            problems.add("firstDate: choose the first date");
        } else if (input.firstDate().isBefore(today)) {
            problems.add("firstDate: is in the past");
        }
        if (input.startTime() == null) {
            problems.add("startTime: give the start time");
        }
        String rule = input.rule() == null || input.rule().isBlank() ? null : input.rule().strip();
        if (rule != null) {
            try {
                ClassRecurrence.parse(rule.replaceFirst("^(?i)RRULE:", ""));
            } catch (IllegalArgumentException e) {
                problems.add("rule: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of(problems);
        }
        ClassSchedule schedule = new ClassSchedule(UUID.randomUUID(), service.id(), service.name(),
                service.durationMinutes(), service.bufferMinutes(), service.cancellationHours(), coach.memberId(),
                room.id(), room.name(), input.firstDate(), input.startTime(),
                rule == null ? null : rule.replaceFirst("^(?i)RRULE:", ""), Math.min(service.capacity(),
                room.capacity()), true, null);
        classes.insert(caller.studioId(), schedule, clock.instant());
        return schedule;
    }

    /** Cancels one date of a class; the places booked on it are cancelled (not late: the studio called it off). */
    @Transactional
    public void skip(SpotterPrincipal caller, UUID scheduleId, Instant start, String reason) {
        ClassSchedule schedule = editable(caller, scheduleId);
        ZoneId zone = zone(caller);
        if (start == null || !schedule.runsAt(zone, start)) {
            throw new InvalidFieldException("startsAt", "is not a time this class runs");
        }
        if (!clock.instant().isBefore(start)) {
            throw new ConflictException("startsAt", "the class has already started");
        }
        classes.lockOccurrence(caller.studioId(), scheduleId, start);
        classes.skip(caller.studioId(), scheduleId, start.atZone(zone).toLocalDate(),
                reason == null || reason.isBlank() ? null : reason.strip());
        classes.cancelAll(caller.studioId(), scheduleId, start, clock.instant());
    }

    /** Every occurrence of the studio's active classes from {@code from} to {@code to}, by start. */
    @Transactional(readOnly = true)
    public List<ClassOccurrence> occurrences(SpotterPrincipal caller, Instant from, Instant to) {
        StudioId studio = caller.studioId();
        ZoneId zone = zone(caller);
        Map<String, Classes.Counts> counts = classes.counts(studio, from, to);
        Map<String, ClassPlace> mine = new HashMap<>();
        if (!caller.coaches()) {
            // The live place wins over an earlier cancelled one in the same occurrence.
            classes.placesOf(studio, clients.self(caller).id(), from, to).forEach(place -> mine.merge(
                    Classes.key(place.scheduleId(), place.startsAt()), place,
                    (earlier, later) -> later.status().live() ? later : earlier));
        }
        Map<MemberId, String> coachNames = coachNames(studio);
        List<ClassOccurrence> found = new ArrayList<>();
        for (ClassSchedule schedule : classes.schedules(studio, null)) {
            if (!schedule.active()) {
                continue;
            }
            for (Instant start : schedule.starts(zone, from, to)) {
                String key = Classes.key(schedule.id(), start);
                Classes.Counts count = counts.getOrDefault(key, new Classes.Counts(0, 0));
                found.add(new ClassOccurrence(schedule, start, coachNames.getOrDefault(schedule.coach(),
                        "Former coach"), count.booked(), count.waitlisted(), mine.get(key)));
            }
        }
        found.sort(Comparator.comparing(ClassOccurrence::startsAt)
                .thenComparing(occurrence -> occurrence.schedule().serviceName()));
        return found;
    }

    /** Joins a class, or its waitlist when it is full and the member asked for that; 409 with the offer otherwise. */
    @Transactional
    public Joined join(SpotterPrincipal caller, JoinClass command) {
        if (command.requestId() == null) {
            throw new InvalidFieldException("requestId", "is required, so that a request sent twice joins once");
        }
        StudioId studio = caller.studioId();
        UUID client = clients.self(caller).id();
        Optional<Joined> earlier = earlier(studio, client, command.requestId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ClassSchedule schedule = command.scheduleId() == null ? null
                : classes.schedule(studio, command.scheduleId()).filter(ClassSchedule::active).orElse(null);
        if (schedule == null) {
            throw new InvalidFieldException("scheduleId", "is not a class on the timetable");
        }
        Instant start = command.startsAt();
        if (start == null || !schedule.runsAt(zone(caller), start)) {
            throw new InvalidFieldException("startsAt", "is not a time this class runs");
        }
        Instant now = clock.instant();
        if (!now.isBefore(start)) {
            throw new InvalidFieldException("startsAt", "is in the past");
        }
        classes.lockOccurrence(studio, schedule.id(), start);
        // A retry that raced the first attempt waited on the lock; it now sees the place the first one made.
        earlier = earlier(studio, client, command.requestId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<ClassPlace> places = classes.places(studio, schedule.id(), start);
        Optional<ClassPlace> held = places.stream()
                .filter(place -> place.clientId().equals(client) && place.status().live()).findFirst();
        if (held.isPresent()) {
            throw new ConflictException("startsAt", held.get().status() == PlaceStatus.BOOKED
                    ? "you already have a place in this class" : "you are already on the waitlist");
        }
        long booked = places.stream().filter(place -> place.status() == PlaceStatus.BOOKED
                || place.status() == PlaceStatus.ATTENDED || place.status() == PlaceStatus.NO_SHOW).count();
        PlaceStatus status;
        if (booked < schedule.capacity()) {
            status = PlaceStatus.BOOKED;
        } else if (command.waitlist()) {
            status = PlaceStatus.WAITLISTED;
        } else {
            throw new ClassFullException(schedule.serviceName());
        }
        ClassPlace place = new ClassPlace(UUID.randomUUID(), schedule.id(), start, client, status, now, null, null,
                null);
        classes.insertPlace(studio, place, command.requestId());
        return new Joined(place, true);
    }

    /**
     * Leaves a class or its waitlist (late inside the class's cancellation window). A place that comes free goes to
     * the first member on the waitlist in the same transaction, and they are emailed.
     */
    @Transactional
    public ClassPlace leave(SpotterPrincipal caller, UUID placeId) {
        StudioId studio = caller.studioId();
        ClassPlace place = visiblePlace(caller, placeId);
        classes.lockOccurrence(studio, place.scheduleId(), place.startsAt());
        place = classes.place(studio, placeId).orElseThrow();
        ClassSchedule schedule = classes.schedule(studio, place.scheduleId()).orElseThrow();
        Instant now = clock.instant();
        ClassPlace left = place.cancel(now, schedule.cancellation());
        classes.updatePlace(studio, left);
        if (place.status() == PlaceStatus.BOOKED) {
            promote(studio, schedule, place.startsAt(), now);
        }
        return left;
    }

    @Transactional
    public ClassPlace checkIn(SpotterPrincipal caller, UUID placeId) {
        requireCoach(caller);
        ClassPlace place = visiblePlace(caller, placeId).checkIn(clock.instant());
        classes.updatePlace(caller.studioId(), place);
        return place;
    }

    @Transactional
    public ClassPlace markNoShow(SpotterPrincipal caller, UUID placeId) {
        requireCoach(caller);
        ClassPlace place = visiblePlace(caller, placeId).markNoShow(clock.instant());
        classes.updatePlace(caller.studioId(), place);
        return place;
    }

    @Transactional(readOnly = true)
    public ClassPlace place(SpotterPrincipal caller, UUID placeId) {
        return visiblePlace(caller, placeId);
    }

    /** One occurrence with the caller's own place, for its page. */
    @Transactional(readOnly = true)
    public ClassOccurrence occurrence(SpotterPrincipal caller, UUID scheduleId, Instant start) {
        ClassSchedule schedule = classes.schedule(caller.studioId(), scheduleId)
                .orElseThrow(() -> new NotFoundException("Class"));
        if (start == null || !schedule.runsAt(zone(caller), start)) {
            throw new NotFoundException("Class");
        }
        return occurrences(caller, start, start.plusSeconds(1)).stream()
                .filter(occurrence -> occurrence.schedule().id().equals(scheduleId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Class"));
    }

    /** The instructor's roster with each attendee's clearance and active conditions (an audited health read). */
    @Transactional
    public Roster roster(SpotterPrincipal caller, UUID scheduleId, Instant start) {
        requireCoach(caller);
        ClassOccurrence occurrence = occurrence(caller, scheduleId, start);
        List<ClassPlace> places = classes.places(caller.studioId(), scheduleId, start);
        Map<UUID, ClientDirectory.SafetyCard> cards = clients.safetyCards(caller,
                places.stream().map(ClassPlace::clientId).collect(Collectors.toSet()),
                "Class roster: " + occurrence.schedule().serviceName());
        return new Roster(occurrence, places.stream().filter(place -> cards.containsKey(place.clientId()))
                .map(place -> new RosterEntry(place, cards.get(place.clientId()))).toList());
    }

    /** The spans a coach's classes hold (each class plus its service's buffer) between two instants. */
    @Transactional(readOnly = true)
    public List<Interval> busy(StudioId studio, MemberId coach, ZoneId zone, Instant from, Instant to) {
        List<Interval> busy = new ArrayList<>();
        for (ClassSchedule schedule : classes.schedules(studio, coach)) {
            if (!schedule.active()) {
                continue;
            }
            Duration held = schedule.duration().plusMinutes(schedule.bufferMinutes());
            for (Instant start : schedule.starts(zone, from.minus(held), to)) {
                busy.add(new Interval(start, start.plus(held)));
            }
        }
        return busy;
    }

    private void promote(StudioId studio, ClassSchedule schedule, Instant start, Instant now) {
        List<ClassPlace> places = classes.places(studio, schedule.id(), start);
        long booked = places.stream().filter(place -> place.status() == PlaceStatus.BOOKED
                || place.status() == PlaceStatus.ATTENDED || place.status() == PlaceStatus.NO_SHOW).count();
        if (booked >= schedule.capacity()) {
            return;
        }
        places.stream().filter(place -> place.status() == PlaceStatus.WAITLISTED).findFirst().ifPresent(next -> {
            ClassPlace promoted = next.promote(now);
            classes.updatePlace(studio, promoted);
            events.publishEvent(new WaitlistPromoted(studio, promoted.id(), promoted.clientId()));
        });
    }

    private Optional<Joined> earlier(StudioId studio, UUID client, UUID request) {
        return classes.byRequest(studio, request).map(place -> {
            if (!place.clientId().equals(client)) {
                throw new ConflictException("requestId", "was used for another booking");
            }
            return new Joined(place, false);
        });
    }

    private ClassPlace visiblePlace(SpotterPrincipal caller, UUID placeId) {
        return classes.place(caller.studioId(), placeId)
                .filter(place -> caller.coaches() || clients.self(caller).id().equals(place.clientId()))
                .orElseThrow(() -> new NotFoundException("Place"));
    }

    private ClassSchedule editable(SpotterPrincipal caller, UUID scheduleId) {
        requireCoach(caller);
        ClassSchedule schedule = classes.schedule(caller.studioId(), scheduleId)
                .orElseThrow(() -> new NotFoundException("Class"));
        if (!caller.isOwner() && !caller.memberId().equals(schedule.coach())) {
            throw new AccessDeniedException("Only the class's coach or the owner changes its timetable");
        }
        return schedule;
    }

    private Map<MemberId, String> coachNames(StudioId studio) {
        return studios.activeCoaches(studio).stream()
                .collect(Collectors.toMap(StudioDirectory.Coach::memberId, StudioDirectory.Coach::displayName));
    }

    private static void requireCoach(SpotterPrincipal caller) {
        if (!caller.coaches()) {
            throw new AccessDeniedException("Only coaches see rosters and check members in");
        }
    }
}
