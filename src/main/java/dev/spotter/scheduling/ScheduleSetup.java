package dev.spotter.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.scheduling.engine.DateException;
import dev.spotter.scheduling.engine.WeeklyHours;
import dev.spotter.scheduling.internal.Resources;
import dev.spotter.studios.StudioDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What can be booked, where, and when each coach works. The owner sets up services, locations and rooms and
 * anyone's hours; a trainer keeps their own hours, exceptions and time off; everyone in the studio reads them.
 */
@Service
public class ScheduleSetup {

    private final Resources resources;
    private final StudioDirectory studios;
    private final Clock clock;

    ScheduleSetup(Resources resources, StudioDirectory studios, Clock clock) {
        this.resources = resources;
        this.studios = studios;
        this.clock = clock;
    }

    // ---- services ----

    @Transactional(readOnly = true)
    public List<dev.spotter.scheduling.Service> services(SpotterPrincipal caller) {
        List<dev.spotter.scheduling.Service> all = resources.services(caller.studioId());
        return caller.coaches() ? all : all.stream().filter(dev.spotter.scheduling.Service::active).toList();
    }

    @Transactional(readOnly = true)
    public dev.spotter.scheduling.Service service(SpotterPrincipal caller, UUID id) {
        return resources.service(caller.studioId(), id)
                .filter(service -> caller.coaches() || service.active())
                .orElseThrow(() -> new NotFoundException("Service"));
    }

    /** Creates a service ({@code id} null) or changes one; the owner only. */
    @Transactional
    public dev.spotter.scheduling.Service saveService(SpotterPrincipal caller, UUID id, SaveService input) {
        requireOwner(caller);
        if (id != null) {
            service(caller, id);
        }
        List<String> problems = new ArrayList<>();
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            problems.add("name: give a name of 1 to 120 characters");
        }
        if (input.kind() == null) {
            problems.add("kind: choose what sort of session it is");
        }
        int duration = within(problems, "durationMinutes", input.durationMinutes(), null, 5, 480, "minutes");
        boolean group = input.kind() != null && input.kind().group();
        int capacity = group ? within(problems, "capacity", input.capacity(), null, 2, 500, "people") : 1;
        int buffer = within(problems, "bufferMinutes", input.bufferMinutes(), 0, 0, 240, "minutes");
        int notice = within(problems, "noticeMinutes", input.noticeMinutes(), 0, 0, 43200, "minutes");
        int cancellation = within(problems, "cancellationHours", input.cancellationHours(), 24, 0, 336, "hours");
        String qualification = blank(input.qualification());
        if (qualification != null && qualification.length() > 120) {
            problems.add("qualification: keep it to 120 characters");
        }
        if (problems.isEmpty() && resources.serviceNameTaken(caller.studioId(), name,
                id == null ? new UUID(0, 0) : id)) {
            problems.add("name: another service already has this name");
        }
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of(problems);
        }
        var service = new dev.spotter.scheduling.Service(id == null ? UUID.randomUUID() : id, name, input.kind(),
                duration, capacity, buffer, notice, cancellation, qualification,
                input.active() == null || input.active());
        resources.saveService(caller.studioId(), service);
        return service;
    }

    // ---- locations and rooms ----

    @Transactional(readOnly = true)
    public List<Location> locations(SpotterPrincipal caller) {
        return resources.locations(caller.studioId());
    }

    @Transactional
    public Location addLocation(SpotterPrincipal caller, String name, String address) {
        requireOwner(caller);
        String clean = blank(name);
        if (clean == null || clean.length() > 120) {
            throw new InvalidFieldException("name", "give a name of 1 to 120 characters");
        }
        UUID id = UUID.randomUUID();
        if (!resources.addLocation(caller.studioId(), id, clean, blank(address))) {
            throw new ConflictException("name", "another location already has this name");
        }
        return new Location(id, clean, blank(address), List.of());
    }

    @Transactional
    public void removeLocation(SpotterPrincipal caller, UUID id) {
        requireOwner(caller);
        if (!resources.removeLocation(caller.studioId(), id)) {
            throw new NotFoundException("Location");
        }
    }

    @Transactional
    public Room addRoom(SpotterPrincipal caller, UUID locationId, String name, Integer capacity,
                        List<String> equipment) {
        requireOwner(caller);
        boolean known = resources.locations(caller.studioId()).stream()
                .anyMatch(location -> location.id().equals(locationId));
        if (!known) {
            throw new NotFoundException("Location");
        }
        List<String> problems = new ArrayList<>();
        String clean = blank(name);
        if (clean == null || clean.length() > 120) {
            problems.add("name: give a name of 1 to 120 characters");
        }
        int places = within(problems, "capacity", capacity, null, 1, 500, "people");
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of(problems);
        }
        Set<String> kit = new LinkedHashSet<>();
        if (equipment != null) {
            equipment.stream().map(ScheduleSetup::blank).filter(item -> item != null).forEach(kit::add);
        }
        Room room = new Room(UUID.randomUUID(), locationId, clean, places, List.copyOf(kit));
        if (!resources.addRoom(caller.studioId(), room)) {
            throw new ConflictException("name", "the location already has a room with this name");
        }
        return room;
    }

    @Transactional
    public void removeRoom(SpotterPrincipal caller, UUID id) {
        requireOwner(caller);
        if (!resources.removeRoom(caller.studioId(), id)) {
            throw new NotFoundException("Room");
        }
    }

    // ---- hours ----

    /** The studio's active coaches, by name. */
    @Transactional(readOnly = true)
    public List<StudioDirectory.Coach> coaches(SpotterPrincipal caller) {
        return studios.activeCoaches(caller.studioId());
    }

    /** A coach's weekly hours, their exceptions and time off from today on, and their qualifications. */
    @Transactional(readOnly = true)
    public CoachHours hours(SpotterPrincipal caller, MemberId coach) {
        requireCoachOf(caller, coach);
        return resources.hours(caller.studioId(), coach, clock.instant());
    }

    @Transactional
    public UUID addWeeklyHours(SpotterPrincipal caller, MemberId coach, DayOfWeek day, LocalTime start,
                               LocalTime end) {
        requireEditor(caller, coach);
        List<String> problems = new ArrayList<>();
        if (day == null) {
            problems.add("day: choose a day of the week");
        }
        hoursProblems(problems, start, end, true);
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of(problems);
        }
        UUID id = UUID.randomUUID();
        resources.addWeekly(caller.studioId(), coach, id, new WeeklyHours(day, start, end));
        return id;
    }

    /** Extra hours on a date ({@code available}), or hours off on a date (without times: the whole day). */
    @Transactional
    public UUID addException(SpotterPrincipal caller, MemberId coach, LocalDate date, LocalTime start, LocalTime end,
                             boolean available, String note) {
        requireEditor(caller, coach);
        List<String> problems = new ArrayList<>();
        if (date == null) {
            problems.add("date: choose the date");
        } else if (date.isBefore(today(caller))) {
            problems.add("date: is in the past");
        }
        if (available || start != null || end != null) {
            hoursProblems(problems, start, end, available);
        }
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of(problems);
        }
        UUID id = UUID.randomUUID();
        resources.addException(caller.studioId(), coach, id, new DateException(date, start, end, available),
                blank(note));
        return id;
    }

    /** Time off from the start of {@code from} to the end of {@code to}, both inclusive, in the studio's zone. */
    @Transactional
    public UUID addTimeOff(SpotterPrincipal caller, MemberId coach, LocalDate from, LocalDate to, String reason) {
        requireEditor(caller, coach);
        List<String> problems = new ArrayList<>();
        if (from == null) {
            problems.add("from: choose the first day away");
        }
        if (to == null) {
            problems.add("to: choose the last day away");
        } else if (from != null && to.isBefore(from)) {
            problems.add("to: is before the first day away");
        }
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of(problems);
        }
        ZoneId zone = studios.timeZone(caller.studioId());
        UUID id = UUID.randomUUID();
        resources.addTimeOff(caller.studioId(), coach, id, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(), blank(reason));
        return id;
    }

    @Transactional
    public void removeHours(SpotterPrincipal caller, MemberId coach, UUID id) {
        requireEditor(caller, coach);
        if (!resources.removeHours(caller.studioId(), coach, id)) {
            throw new NotFoundException("Hours");
        }
    }

    /** Replaces what a coach is qualified to lead; the owner only. */
    @Transactional
    public void setQualifications(SpotterPrincipal caller, MemberId coach, List<String> qualifications) {
        requireOwner(caller);
        requireCoachOf(caller, coach);
        Set<String> clean = new LinkedHashSet<>();
        for (String qualification : qualifications == null ? List.<String>of() : qualifications) {
            String value = blank(qualification);
            if (value != null) {
                if (value.length() > 120) {
                    throw new InvalidFieldException("qualifications", "keep each to 120 characters");
                }
                clean.add(value);
            }
        }
        resources.replaceQualifications(caller.studioId(), coach, clean);
    }

    LocalDate today(SpotterPrincipal caller) {
        return LocalDate.now(clock.withZone(studios.timeZone(caller.studioId())));
    }

    private void requireCoachOf(SpotterPrincipal caller, MemberId coach) {
        boolean known = coach != null && studios.activeCoaches(caller.studioId()).stream()
                .anyMatch(candidate -> candidate.memberId().equals(coach));
        if (!known) {
            throw new NotFoundException("Coach");
        }
    }

    private void requireEditor(SpotterPrincipal caller, MemberId coach) {
        if (!caller.coaches() || (!caller.isOwner() && !caller.memberId().equals(coach))) {
            throw new AccessDeniedException("Coaches keep their own hours; the owner keeps everyone's");
        }
        requireCoachOf(caller, coach);
    }

    private static void requireOwner(SpotterPrincipal caller) {
        if (!caller.isOwner()) {
            throw new AccessDeniedException("Only the owner sets up services, locations and rooms");
        }
    }

    private static void hoursProblems(List<String> problems, LocalTime start, LocalTime end, boolean required) {
        if (start == null && required) {
            problems.add("start: give the time the hours start");
        }
        if (end == null && required) {
            problems.add("end: give the time the hours end");
        }
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add("end: must be after the start");
        }
        if (!required && (start == null) != (end == null)) {
            problems.add("end: give both times, or neither for the whole day");
        }
    }

    private static int within(List<String> problems, String field, Integer value, Integer fallback, int min, int max,
                              String unit) {
        Integer actual = value == null ? fallback : value;
        if (actual == null) {
            problems.add(field + ": is required");
            return min;
        }
        if (actual < min || actual > max) {
            problems.add(field + ": must be " + min + " to " + max + " " + unit);
            return min;
        }
        return actual;
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
