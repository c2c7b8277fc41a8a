package dev.spotter.scheduling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.web.Flash;
import dev.spotter.scheduling.AppointmentBook;
import dev.spotter.scheduling.CalendarFeeds;
import dev.spotter.scheduling.BookSession;
import dev.spotter.scheduling.BookingStatus;
import dev.spotter.scheduling.Service;
import dev.spotter.studios.StudioDirectory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coach's calendar (day and week), booking a client into a free slot, and one session's actions. */
@Controller
class ScheduleController {

    private final AppointmentBook book;
    private final ClientDirectory clients;
    private final CalendarFeeds feeds;

    ScheduleController(AppointmentBook book, ClientDirectory clients, CalendarFeeds feeds) {
        this.book = book;
        this.clients = clients;
        this.feeds = feeds;
    }

    @GetMapping("/app/schedule")
    String calendar(@AuthenticationPrincipal SpotterPrincipal me,
                    @RequestParam(defaultValue = "week") String view,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    @RequestParam(required = false) String coach, Model model) {
        ZoneId zone = book.zone(me);
        String shown = "day".equals(view) ? "day" : "week";
        LocalDate day = date == null ? LocalDate.now(zone) : date;
        MemberId whose = coach == null || coach.isBlank() ? me.memberId()
                : MemberId.parse(coach).orElseThrow(() -> new NotFoundException("Coach"));
        LocalDate first = Agenda.first(shown, day);
        var sessions = book.sessions(me, whose, first.atStartOfDay(zone).toInstant(),
                Agenda.last(shown, day).plusDays(1).atStartOfDay(zone).toInstant());
        model.addAttribute("agenda", Agenda.of(shown, day, zone, sessions, true));
        model.addAttribute("today", LocalDate.now(zone));
        model.addAttribute("coach", whose);
        model.addAttribute("coaches", book.bookable(me).values().stream().flatMap(List::stream).distinct().toList());
        CalendarFeedController.describe(feeds, me, zone, model);
        return "scheduling/calendar";
    }

    @GetMapping("/app/schedule/book")
    String bookPage(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(required = false) UUID client,
                    @RequestParam(required = false) UUID service, @RequestParam(required = false) String coach,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    Model model) {
        return bookingPage(me, client, service, coach, date, null, model);
    }

    @PostMapping("/app/schedule/book")
    String book(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(required = false) UUID client,
                @RequestParam UUID service, @RequestParam String coach,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant startsAt,
                @RequestParam UUID requestId, @RequestParam(defaultValue = "1") Integer weeks, Model model,
                RedirectAttributes redirect) {
        MemberId member = MemberId.parse(coach).orElse(null);
        try {
            var booked = book.book(me, new BookSession(service, member, client, startsAt, requestId, weeks));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(booked.bookings().size() == 1
                    ? "Session booked." : booked.bookings().size() + " weekly sessions booked."));
            LocalDate day = booked.bookings().get(0).startsAt().atZone(book.zone(me)).toLocalDate();
            return "redirect:/app/schedule?view=week&date=" + day;
        } catch (InvalidFieldException | ConflictException e) {
            String message = e instanceof InvalidFieldException invalid ? invalid.describe() : e.getMessage();
            return bookingPage(me, client, service, coach, startsAt == null ? null
                    : startsAt.atZone(book.zone(me)).toLocalDate(), "Not booked: " + message + ".", model);
        }
    }

    private String bookingPage(SpotterPrincipal me, UUID client, UUID service, String coach, LocalDate date,
                               String error, Model model) {
        ZoneId zone = book.zone(me);
        Map<Service, List<StudioDirectory.Coach>> bookable = book.bookable(me);
        model.addAttribute("clients", clients.roster(me, 500));
        model.addAttribute("bookable", bookable);
        model.addAttribute("client", client);
        Service chosen = bookable.keySet().stream().filter(s -> s.id().equals(service)).findFirst().orElse(null);
        model.addAttribute("service", chosen);
        MemberId member = coach == null ? null : MemberId.parse(coach).orElse(null);
        model.addAttribute("coach", member);
        LocalDate day = date == null ? LocalDate.now(zone) : date;
        LocalDate monday = Agenda.first("week", day);
        model.addAttribute("week", monday);
        model.addAttribute("error", error);
        model.addAttribute("requestId", UUID.randomUUID());
        model.addAttribute("zone", zone);
        if (chosen != null && member != null && client != null) {
            model.addAttribute("slots", Slots.byDay(book.slots(me, chosen.id(), member, monday, monday.plusDays(6)),
                    zone));
        }
        return "scheduling/book";
    }

    @GetMapping("/app/schedule/sessions/{id}")
    String session(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id, Model model) {
        model.addAttribute("booked", book.session(me, id));
        model.addAttribute("now", book.now());
        model.addAttribute("zone", book.zone(me));
        return "scheduling/session";
    }

    @PostMapping("/app/schedule/sessions/{id}/{action}")
    String act(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id, @PathVariable String action,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
               @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
               RedirectAttributes redirect) {
        try {
            String done = switch (action) {
                case "cancel" -> book.cancel(me, id).status() == BookingStatus.LATE_CANCELLED
                        ? "Cancelled inside the cancellation window: recorded as a late cancellation."
                        : "Cancelled.";
                case "no-show" -> {
                    book.markNoShow(me, id);
                    yield "Marked as a no-show.";
                }
                case "attended" -> {
                    book.markAttended(me, id);
                    yield "Marked as attended.";
                }
                case "reschedule" -> {
                    if (date == null || time == null) {
                        throw new InvalidFieldException("startsAt", "choose the new date and time");
                    }
                    book.reschedule(me, id, ZonedDateTime.of(LocalDateTime.of(date, time), book.zone(me))
                            .toInstant());
                    yield "Moved to " + date + " at " + time + ".";
                }
                default -> throw new NotFoundException("Action");
            };
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(done));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not changed: " + e.describe() + "."));
        } catch (ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not changed: " + e.getMessage() + "."));
        }
        return "redirect:/app/schedule/sessions/" + id;
    }
}
