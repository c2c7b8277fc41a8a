package dev.spotter.scheduling.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.scheduling.CoachHours;
import dev.spotter.scheduling.Location;
import dev.spotter.scheduling.Room;
import dev.spotter.scheduling.SaveService;
import dev.spotter.scheduling.ScheduleSetup;
import dev.spotter.scheduling.Service;
import dev.spotter.scheduling.ServiceKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Scheduling resources over HTTP: services, locations and rooms, and each coach's hours and time off. */
@RestController
@RequestMapping("/api/v1/scheduling")
@Tag(name = "Scheduling setup", description = "Services, locations, rooms, coaches' hours, exceptions and time off")
class SetupApi {

    private final ScheduleSetup setup;

    SetupApi(ScheduleSetup setup) {
        this.setup = setup;
    }

    @Schema(description = "A bookable service. kind ONE_TO_ONE or ASSESSMENT is booked from a coach's free slots "
            + "(capacity 1); SMALL_GROUP and CLASS run on a class timetable. bufferMinutes stay free after it; "
            + "noticeMinutes is the least notice a client must give; a cancellation within cancellationHours of the "
            + "start is late; qualification is what a coach needs to lead it")
    record ServiceDto(UUID id, String name, ServiceKind kind, int durationMinutes, int capacity, int bufferMinutes,
                      int noticeMinutes, int cancellationHours, String qualification, boolean active) {

        static ServiceDto of(Service s) {
            return new ServiceDto(s.id(), s.name(), s.kind(), s.durationMinutes(), s.capacity(), s.bufferMinutes(),
                    s.noticeMinutes(), s.cancellationHours(), s.qualification(), s.active());
        }
    }

    @Schema(description = "A service to create or change: name 1-120 characters; kind; durationMinutes 5-480; "
            + "capacity 2-500 for group kinds (1:1 kinds are always 1); bufferMinutes 0-240 (default 0); "
            + "noticeMinutes 0-43200 (default 0); cancellationHours 0-336 (default 24); active defaults to true")
    record ServiceInput(String name, ServiceKind kind, Integer durationMinutes, Integer capacity,
                        Integer bufferMinutes, Integer noticeMinutes, Integer cancellationHours, String qualification,
                        Boolean active) {

        SaveService command() {
            return new SaveService(name, kind, durationMinutes, capacity, bufferMinutes, noticeMinutes,
                    cancellationHours, qualification, active);
        }
    }

    @Schema(description = "A location to add: name 1-120 characters, address optional")
    record LocationInput(String name, String address) {
    }

    @Schema(description = "A room to add at the location: name, capacity 1-500 people, equipment it has")
    record RoomInput(String name, Integer capacity, List<String> equipment) {
    }

    @Schema(description = "Weekly hours: day MONDAY-SUNDAY, start and end as local times of the studio (HH:mm)")
    record WeeklyInput(DayOfWeek day, LocalTime start, LocalTime end) {
    }

    @Schema(description = "A change on one date: available true adds hours (start and end required); false takes "
            + "hours off, the whole day when start and end are left out")
    record ExceptionInput(LocalDate date, LocalTime start, LocalTime end, Boolean available, String note) {
    }

    @Schema(description = "Days away, from and to inclusive, in the studio's time zone")
    record TimeOffInput(LocalDate from, LocalDate to, String reason) {
    }

    @Schema(description = "A coach's hours: weekly, exceptions from today, time off not yet over, qualifications")
    record HoursDto(UUID coachId, List<WeeklyDto> weekly, List<ExceptionDto> exceptions, List<TimeOffDto> timeOff,
                    List<String> qualifications) {

        static HoursDto of(CoachHours hours) {
            return new HoursDto(hours.coach().value(),
                    hours.weekly().stream().map(w -> new WeeklyDto(w.id(), w.hours().day(), w.hours().start(),
                            w.hours().end())).toList(),
                    hours.exceptions().stream().map(e -> new ExceptionDto(e.id(), e.date(), e.starts(), e.ends(),
                            e.change().available(), e.note())).toList(),
                    hours.timeOff().stream().map(a -> new TimeOffDto(a.id(), a.startsAt(), a.endsAt(), a.reason()))
                            .toList(), hours.qualifications());
        }
    }

    @Schema(description = "Weekly hours, local time")
    record WeeklyDto(UUID id, DayOfWeek day, LocalTime start, LocalTime end) {
    }

    @Schema(description = "A date exception, local time")
    record ExceptionDto(UUID id, LocalDate date, LocalTime start, LocalTime end, boolean available, String note) {
    }

    @Schema(description = "Time off as UTC instants")
    record TimeOffDto(UUID id, Instant startsAt, Instant endsAt, String reason) {
    }

    @Schema(description = "The id of what was created")
    record Created(UUID id) {
    }

    @GetMapping("/services")
    @Operation(summary = "The studio's services", description = "Clients see active services only.")
    List<ServiceDto> services(@AuthenticationPrincipal SpotterPrincipal me) {
        return setup.services(me).stream().map(ServiceDto::of).toList();
    }

    @PostMapping("/services")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a service (owner)", description = "400 names each field out of range.")
    ServiceDto createService(@AuthenticationPrincipal SpotterPrincipal me,
                             @Parameter(description = "Makes a retry safe")
                             @RequestHeader(name = "Idempotency-Key", required = false) String key,
                             @RequestBody ServiceInput input) {
        return ServiceDto.of(setup.saveService(me, null, input.command()));
    }

    @PutMapping("/services/{id}")
    @Operation(summary = "Change a service (owner)", description = "Set active false to stop offering it.")
    ServiceDto updateService(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id,
                             @RequestBody ServiceInput input) {
        return ServiceDto.of(setup.saveService(me, id, input.command()));
    }

    @GetMapping("/locations")
    @Operation(summary = "The studio's locations with their rooms")
    List<Location> locations(@AuthenticationPrincipal SpotterPrincipal me) {
        return setup.locations(me);
    }

    @PostMapping("/locations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a location (owner)", description = "409 when the name is taken.")
    Location addLocation(@AuthenticationPrincipal SpotterPrincipal me,
                         @Parameter(description = "Makes a retry safe")
                         @RequestHeader(name = "Idempotency-Key", required = false) String key,
                         @RequestBody LocationInput input) {
        return setup.addLocation(me, input.name(), input.address());
    }

    @DeleteMapping("/locations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a location and its rooms (owner)")
    void removeLocation(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id) {
        setup.removeLocation(me, id);
    }

    @PostMapping("/locations/{id}/rooms")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a room to a location (owner)")
    Room addRoom(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id,
                 @Parameter(description = "Makes a retry safe")
                 @RequestHeader(name = "Idempotency-Key", required = false) String key,
                 @RequestBody RoomInput input) {
        return setup.addRoom(me, id, input.name(), input.capacity(), input.equipment());
    }

    @DeleteMapping("/rooms/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a room (owner)")
    void removeRoom(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id) {
        setup.removeRoom(me, id);
    }

    @GetMapping("/coaches/{coach}/hours")
    @Operation(summary = "A coach's weekly hours, exceptions, time off and qualifications")
    HoursDto hours(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID coach) {
        return HoursDto.of(setup.hours(me, new MemberId(coach)));
    }

    @PostMapping("/coaches/{coach}/hours")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add weekly hours", description = "A trainer for themselves, the owner for anyone.")
    Created addWeekly(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID coach,
                      @Parameter(description = "Makes a retry safe")
                      @RequestHeader(name = "Idempotency-Key", required = false) String key,
                      @RequestBody WeeklyInput input) {
        return new Created(setup.addWeeklyHours(me, new MemberId(coach), input.day(), input.start(), input.end()));
    }

    @PostMapping("/coaches/{coach}/exceptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add extra hours or hours off on a date")
    Created addException(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID coach,
                         @Parameter(description = "Makes a retry safe")
                         @RequestHeader(name = "Idempotency-Key", required = false) String key,
                         @RequestBody ExceptionInput input) {
        if (input.available() == null) {
            throw new InvalidFieldException("available", "say whether the hours are extra (true) or off (false)");
        }
        return new Created(setup.addException(me, new MemberId(coach), input.date(), input.start(), input.end(),
                input.available(), input.note()));
    }

    @PostMapping("/coaches/{coach}/time-off")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add days away")
    Created addTimeOff(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID coach,
                       @Parameter(description = "Makes a retry safe")
                       @RequestHeader(name = "Idempotency-Key", required = false) String key,
                       @RequestBody TimeOffInput input) {
        return new Created(setup.addTimeOff(me, new MemberId(coach), input.from(), input.to(), input.reason()));
    }

    @DeleteMapping("/coaches/{coach}/hours/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove weekly hours, an exception or time off")
    void removeHours(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID coach, @PathVariable UUID id) {
        setup.removeHours(me, new MemberId(coach), id);
    }

    @PutMapping("/coaches/{coach}/qualifications")
    @Operation(summary = "Replace what a coach is qualified to lead (owner)")
    HoursDto qualifications(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID coach,
                            @RequestBody List<String> qualifications) {
        setup.setQualifications(me, new MemberId(coach), qualifications);
        return HoursDto.of(setup.hours(me, new MemberId(coach)));
    }
}
