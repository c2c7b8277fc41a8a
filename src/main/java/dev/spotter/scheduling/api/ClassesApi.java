package dev.spotter.scheduling.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.scheduling.ClassBook;
import dev.spotter.scheduling.ClassFullException;
import dev.spotter.scheduling.ClassOccurrence;
import dev.spotter.scheduling.ClassPlace;
import dev.spotter.scheduling.ClassSchedule;
import dev.spotter.scheduling.JoinClass;
import dev.spotter.scheduling.PlaceStatus;
import dev.spotter.scheduling.SaveClassSchedule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Group classes over HTTP: the timetable, occurrences with places left, joining (or the waitlist), leaving with
 * automatic promotion, the instructor's roster with safety flags, check-in and no-shows.
 */
@RestController
@RequestMapping("/api/v1/scheduling/classes")
@Tag(name = "Classes", description = "Recurring group classes, places and waitlists")
class ClassesApi {

    private static final int MAX_DAYS = 31;

    private final ClassBook classes;

    ClassesApi(ClassBook classes) {
        this.classes = classes;
    }

    @Schema(description = "A class on the timetable; rule is an RFC 5545 RRULE (null: it runs once), firstDate and "
            + "startTime are local to the studio's time zone")
    record ScheduleDto(UUID id, UUID serviceId, String name, UUID coachId, UUID roomId, String room,
                       LocalDate firstDate, LocalTime startTime, String rule, int capacity, boolean active,
                       Set<LocalDate> skipped) {

        static ScheduleDto of(ClassSchedule s) {
            return new ScheduleDto(s.id(), s.serviceId(), s.serviceName(), s.coach().value(), s.roomId(),
                    s.roomName(), s.firstDate(), s.startTime(), s.rule(), s.capacity(), s.active(), s.skipped());
        }
    }

    @Schema(description = "Puts a class on the timetable")
    record ScheduleInput(UUID serviceId, UUID coachId, UUID roomId, LocalDate firstDate, LocalTime startTime,
                         @Schema(example = "FREQ=WEEKLY;BYDAY=MO,WE") String rule) {
    }

    @Schema(description = "One occurrence of a class: places booked and left, waitlist length, and the caller's "
            + "own place (members only)")
    record OccurrenceDto(UUID scheduleId, String name, String coach, String room, Instant startsAt, Instant endsAt,
                         int capacity, int booked, int placesLeft, int waitlisted, PlaceDto mine) {

        static OccurrenceDto of(ClassOccurrence o) {
            return new OccurrenceDto(o.schedule().id(), o.schedule().serviceName(), o.coachName(),
                    o.schedule().roomName(), o.startsAt(), o.endsAt(), o.schedule().capacity(), o.booked(),
                    o.placesLeft(), o.waitlisted(), o.mine() == null ? null : PlaceDto.of(o.mine()));
        }
    }

    @Schema(description = "A member's place or waitlist entry. status BOOKED, WAITLISTED, CANCELLED, "
            + "LATE_CANCELLED, NO_SHOW or ATTENDED")
    record PlaceDto(UUID id, UUID scheduleId, Instant startsAt, UUID clientId, PlaceStatus status, Instant promotedAt,
                    Instant cancelledAt, Instant checkedInAt) {

        static PlaceDto of(ClassPlace p) {
            return new PlaceDto(p.id(), p.scheduleId(), p.startsAt(), p.clientId(), p.status(), p.promotedAt(),
                    p.cancelledAt(), p.checkedInAt());
        }
    }

    @Schema(description = "Asks for a place; with waitlist true a full class puts the member on its waitlist. "
            + "requestId is chosen by the device, so that a join sent twice counts once")
    record JoinInput(UUID scheduleId, Instant startsAt, UUID requestId, Boolean waitlist) {
    }

    @Schema(description = "Cancels one date of a class")
    record SkipInput(Instant startsAt, String reason) {
    }

    @Schema(description = "An attendee on the instructor's roster with their safety flags")
    record RosterEntryDto(PlaceDto place, String name, ClearanceStatus clearance, String intensityCeiling,
                          List<String> activeConditions) {
    }

    @Schema(description = "The roster of one occurrence")
    record RosterDto(OccurrenceDto occurrence, List<RosterEntryDto> entries) {
    }

    @GetMapping("/schedules")
    @Operation(summary = "The studio's class timetable")
    List<ScheduleDto> schedules(@AuthenticationPrincipal SpotterPrincipal me) {
        return classes.schedules(me).stream().map(ScheduleDto::of).toList();
    }

    @PostMapping("/schedules")
    @Operation(summary = "Put a class on the timetable (the owner, or a trainer for themselves)",
            description = "400 naming each field that is wrong: a service that is not a class, an unqualified coach, "
                    + "a bad RRULE, a first date in the past.")
    ResponseEntity<ScheduleDto> create(@AuthenticationPrincipal SpotterPrincipal me,
                                       @Parameter(description = "Makes a retry safe")
                                       @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                       @RequestBody ScheduleInput input) {
        ClassSchedule schedule = classes.createSchedule(me, new SaveClassSchedule(input.serviceId(),
                input.coachId() == null ? null : new MemberId(input.coachId()), input.roomId(), input.firstDate(),
                input.startTime(), input.rule()));
        return ResponseEntity.status(HttpStatus.CREATED).body(ScheduleDto.of(schedule));
    }

    @PostMapping("/schedules/{id}/skip")
    @Operation(summary = "Cancel one date of a class (its coach or the owner)",
            description = "Places booked on that date are cancelled, not counted as late.")
    ResponseEntity<Void> skip(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id,
                              @RequestBody SkipInput input) {
        classes.skip(me, id, input.startsAt(), input.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Operation(summary = "Occurrences of the studio's classes between two dates (at most 31 days)")
    List<OccurrenceDto> occurrences(@AuthenticationPrincipal SpotterPrincipal me,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "must be on or after from");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidFieldException("to", "ask for at most " + MAX_DAYS + " days at a time");
        }
        ZoneId zone = classes.zone(me);
        return classes.occurrences(me, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant()).stream().map(OccurrenceDto::of).toList();
    }

    @PostMapping("/places")
    @Operation(summary = "Join a class, or its waitlist (members)",
            description = "201 with the place (status BOOKED or WAITLISTED); 200 with the same place when the "
                    + "requestId was sent before. 409 with waitlistAvailable true when the class is full and "
                    + "waitlist was not asked for.")
    ResponseEntity<PlaceDto> join(@AuthenticationPrincipal SpotterPrincipal me,
                                  @Parameter(description = "Makes a retry safe")
                                  @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                  @RequestBody JoinInput input) {
        var joined = classes.join(me, new JoinClass(input.scheduleId(), input.startsAt(), input.requestId(),
                Boolean.TRUE.equals(input.waitlist())));
        return ResponseEntity.status(joined.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(PlaceDto.of(joined.place()));
    }

    @PostMapping("/places/{id}/cancel")
    @Operation(summary = "Leave a class or its waitlist",
            description = "Inside the class's cancellation window a booked place becomes LATE_CANCELLED. The first "
                    + "member on the waitlist is given the freed place at once and emailed.")
    PlaceDto cancel(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id,
                    @Parameter(description = "Makes a retry safe")
                    @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return PlaceDto.of(classes.leave(me, id));
    }

    @PostMapping("/places/{id}/check-in")
    @Operation(summary = "Check a member in (coaches, from an hour before the start)")
    PlaceDto checkIn(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id) {
        return PlaceDto.of(classes.checkIn(me, id));
    }

    @PostMapping("/places/{id}/no-show")
    @Operation(summary = "Record that a member did not come (coaches, from the start)")
    PlaceDto noShow(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id) {
        return PlaceDto.of(classes.markNoShow(me, id));
    }

    @GetMapping("/schedules/{id}/roster")
    @Operation(summary = "The roster of one occurrence with each attendee's clearance and active conditions "
            + "(coaches; the read is audited)")
    RosterDto roster(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id,
                     @RequestParam Instant startsAt) {
        var roster = classes.roster(me, id, startsAt);
        return new RosterDto(OccurrenceDto.of(roster.occurrence()), roster.entries().stream()
                .map(entry -> new RosterEntryDto(PlaceDto.of(entry.place()), entry.card().client().displayName(),
                        entry.card().safety().clearance(), entry.card().safety().ceiling().name(),
                        entry.card().activeConditions().stream().map(condition -> condition.rule().label())
                                .toList())).toList());
    }

    @ExceptionHandler(ClassFullException.class)
    ResponseEntity<ProblemDetail> full(ClassFullException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Class full");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        problem.setProperty("waitlistAvailable", true);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
