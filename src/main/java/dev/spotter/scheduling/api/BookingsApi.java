package dev.spotter.scheduling.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.PageResponse;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.scheduling.AppointmentBook;
import dev.spotter.scheduling.BookSession;
import dev.spotter.scheduling.Booking;
import dev.spotter.scheduling.BookingStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 1:1 sessions over HTTP: free slots, booking (a request id in the body, or a repeated Idempotency-Key, never
 * books twice), cancelling, rescheduling, no-shows and attendance, and the sessions in a date range.
 */
@RestController
@RequestMapping("/api/v1/scheduling")
@Tag(name = "Bookings", description = "Free slots and 1:1 sessions")
class BookingsApi {

    private final AppointmentBook book;

    BookingsApi(AppointmentBook book) {
        this.book = book;
    }

    @Schema(description = "A free start time: startsAt and endsAt in UTC, localStart in the studio's time zone")
    record SlotDto(Instant startsAt, Instant endsAt, LocalDateTime localStart) {
    }

    @Schema(description = "A 1:1 session. status BOOKED, CANCELLED, LATE_CANCELLED (inside the service's "
            + "cancellation window), NO_SHOW or ATTENDED; seriesId joins the weeks of a recurring booking")
    record BookingDto(UUID id, UUID serviceId, String serviceName, UUID coachId, String coachName, UUID clientId,
                      String clientName, Instant startsAt, Instant endsAt, BookingStatus status, Instant cancelledAt,
                      UUID seriesId) {

        static BookingDto of(AppointmentBook.Session session) {
            Booking b = session.booking();
            return new BookingDto(b.id(), b.serviceId(), session.serviceName(), b.coach().value(),
                    session.coachName(), b.clientId(), session.clientName(), b.startsAt(), b.endsAt(), b.status(),
                    b.cancelledAt(), b.seriesId());
        }

        static BookingDto bare(Booking b) {
            return new BookingDto(b.id(), b.serviceId(), null, b.coach().value(), null, b.clientId(), null,
                    b.startsAt(), b.endsAt(), b.status(), b.cancelledAt(), b.seriesId());
        }
    }

    @Schema(description = "A booking request. requestId: a new UUID the device chooses per booking, so that sending "
            + "it again books once. clientId: required when a coach books, ignored for a client. weeks 1-12 (coaches "
            + "only) books the same local time every week, all or none")
    record BookingInput(UUID serviceId, UUID coachId, UUID clientId, Instant startsAt, UUID requestId,
                        Integer weeks) {
    }

    @Schema(description = "The booking's new start, UTC")
    record RescheduleInput(Instant startsAt) {
    }

    @Schema(description = "The bookings made: one, or one per week of a recurring booking")
    record BookedDto(List<BookingDto> bookings) {
    }

    @GetMapping("/services/{id}/slots")
    @Operation(summary = "Free start times of a coach for a 1:1 service",
            description = "Dates are local to the studio, from and to inclusive, at most 92 days. A client's slots "
                    + "respect the service's minimum notice; a coach may book at short notice.")
    List<SlotDto> slots(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id,
                        @RequestParam UUID coach,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ZoneId zone = book.zone(me);
        return book.slots(me, id, new MemberId(coach), from, to).stream()
                .map(slot -> new SlotDto(slot.start(), slot.end(), LocalDateTime.ofInstant(slot.start(), zone)))
                .toList();
    }

    @PostMapping("/bookings")
    @Operation(summary = "Book a 1:1 session",
            description = "201 with the bookings; 200 with the earlier ones when requestId was used before. 400 "
                    + "names the field and the reason when the time is outside the coach's hours, inside the "
                    + "minimum notice, during time off or clashing; 409 when someone else took the time a moment "
                    + "earlier.")
    ResponseEntity<BookedDto> create(@AuthenticationPrincipal SpotterPrincipal me,
                                     @Parameter(description = "Makes a retry safe")
                                     @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                     @RequestBody BookingInput input) {
        AppointmentBook.Booked booked = book.book(me, new BookSession(input.serviceId(),
                input.coachId() == null ? null : new MemberId(input.coachId()), input.clientId(), input.startsAt(),
                input.requestId(), input.weeks()));
        return ResponseEntity.status(booked.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new BookedDto(booked.bookings().stream().map(BookingDto::bare).toList()));
    }

    @GetMapping("/bookings")
    @Operation(summary = "Sessions starting in a date range",
            description = "A client's own; a coach's own, or another coach's with coach. Dates are local to the "
                    + "studio, from inclusive, to exclusive, at most 92 days; paginated.")
    PageResponse<BookingDto> list(@AuthenticationPrincipal SpotterPrincipal me,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) UUID coach,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        if (!to.isAfter(from) || from.plusDays(AppointmentBook.MAX_DAYS).isBefore(to)) {
            throw new InvalidFieldException("to", "must be 1 to " + AppointmentBook.MAX_DAYS + " days after from");
        }
        Paging paging = Paging.of(page, size);
        ZoneId zone = book.zone(me);
        List<BookingDto> all = book.sessions(me, coach == null ? null : new MemberId(coach),
                from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant()).stream()
                .map(BookingDto::of).toList();
        int start = (int) Math.min(all.size(), paging.offset());
        return PageResponse.of(all.subList(start, Math.min(all.size(), start + paging.size())), paging, all.size());
    }

    @GetMapping("/bookings/{id}")
    @Operation(summary = "One session")
    BookingDto one(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id) {
        return BookingDto.of(book.session(me, id));
    }

    @PostMapping("/bookings/{id}/cancel")
    @Operation(summary = "Cancel a session",
            description = "Inside the service's cancellation window the status is LATE_CANCELLED. 409 when it is "
                    + "already cancelled or has started.")
    BookingDto cancel(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id,
                      @Parameter(description = "Makes a retry safe")
                      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        book.cancel(me, id);
        return BookingDto.of(book.session(me, id));
    }

    @PostMapping("/bookings/{id}/reschedule")
    @Operation(summary = "Move a session to another time of the same coach (coaches)",
            description = "400 with the reason when the new time cannot be booked.")
    BookingDto reschedule(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id,
                          @Parameter(description = "Makes a retry safe")
                          @RequestHeader(name = "Idempotency-Key", required = false) String key,
                          @RequestBody RescheduleInput input) {
        book.reschedule(me, id, input.startsAt());
        return BookingDto.of(book.session(me, id));
    }

    @PostMapping("/bookings/{id}/no-show")
    @Operation(summary = "Mark that the client did not come (coaches, from the start)")
    BookingDto noShow(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id) {
        book.markNoShow(me, id);
        return BookingDto.of(book.session(me, id));
    }

    @PostMapping("/bookings/{id}/attended")
    @Operation(summary = "Mark that the client came (coaches, from the start)")
    BookingDto attended(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id) {
        book.markAttended(me, id);
        return BookingDto.of(book.session(me, id));
    }
}
