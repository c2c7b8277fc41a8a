package dev.spotter.scheduling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.web.Flash;
import dev.spotter.scheduling.AppointmentBook;
import dev.spotter.scheduling.BookSession;
import dev.spotter.scheduling.BookingStatus;
import dev.spotter.scheduling.CalendarFeeds;
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

/** A client's sessions in the portal: their day and week, booking a free slot, and cancelling. */
@Controller
class PortalSessionsController {

    private final AppointmentBook book;
    private final CalendarFeeds feeds;

    PortalSessionsController(AppointmentBook book, CalendarFeeds feeds) {
        this.book = book;
        this.feeds = feeds;
    }

    @GetMapping("/portal/sessions")
    String sessions(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(defaultValue = "week") String view,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    Model model) {
        ZoneId zone = book.zone(me);
        String shown = "day".equals(view) ? "day" : "week";
        LocalDate day = date == null ? LocalDate.now(zone) : date;
        var sessions = book.sessions(me, null, Agenda.first(shown, day).atStartOfDay(zone).toInstant(),
                Agenda.last(shown, day).plusDays(1).atStartOfDay(zone).toInstant());
        model.addAttribute("agenda", Agenda.of(shown, day, zone, sessions, false));
        model.addAttribute("today", LocalDate.now(zone));
        CalendarFeedController.describe(feeds, me, zone, model);
        return "scheduling/portal-sessions";
    }

    @GetMapping("/portal/sessions/book")
    String bookPage(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(required = false) UUID service,
                    @RequestParam(required = false) String coach,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    Model model) {
        return page(me, service, coach, date, null, model);
    }

    @PostMapping("/portal/sessions/book")
    String book(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam UUID service, @RequestParam String coach,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant startsAt,
                @RequestParam UUID requestId, Model model, RedirectAttributes redirect) {
        try {
            var booked = book.book(me, new BookSession(service, MemberId.parse(coach).orElse(null), null, startsAt,
                    requestId, 1));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Booked. See you then!"));
            return "redirect:/portal/sessions/" + booked.bookings().get(0).id();
        } catch (InvalidFieldException | ConflictException e) {
            String message = e instanceof InvalidFieldException invalid ? "That time " + invalid.getMessage()
                    : "That time " + e.getMessage();
            return page(me, service, coach, startsAt == null ? null : startsAt.atZone(book.zone(me)).toLocalDate(),
                    message + ".", model);
        }
    }

    @GetMapping("/portal/sessions/{id}")
    String session(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id, Model model) {
        model.addAttribute("booked", book.session(me, id));
        model.addAttribute("now", book.now());
        model.addAttribute("zone", book.zone(me));
        return "scheduling/portal-session";
    }

    @PostMapping("/portal/sessions/{id}/cancel")
    String cancel(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            var cancelled = book.cancel(me, id);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(cancelled.status() == BookingStatus.LATE_CANCELLED
                    ? "Cancelled. It was inside the cancellation window, so it is recorded as a late cancellation."
                    : "Cancelled."));
        } catch (ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not cancelled: " + e.getMessage() + "."));
        }
        return "redirect:/portal/sessions/" + id;
    }

    private String page(SpotterPrincipal me, UUID service, String coach, LocalDate date, String error, Model model) {
        ZoneId zone = book.zone(me);
        Map<Service, List<StudioDirectory.Coach>> bookable = book.bookable(me);
        Service chosen = bookable.keySet().stream().filter(s -> s.id().equals(service)).findFirst().orElse(null);
        List<StudioDirectory.Coach> coaches = chosen == null ? List.of() : bookable.get(chosen);
        MemberId member = coach == null ? (coaches.size() == 1 ? coaches.get(0).memberId() : null)
                : MemberId.parse(coach).orElse(null);
        LocalDate today = LocalDate.now(zone);
        LocalDate monday = Agenda.first("week", date == null || date.isBefore(today) ? today : date);
        model.addAttribute("bookable", bookable);
        model.addAttribute("service", chosen);
        model.addAttribute("coaches", coaches);
        model.addAttribute("coach", member);
        model.addAttribute("week", monday);
        model.addAttribute("thisWeek", Agenda.first("week", today));
        model.addAttribute("error", error);
        model.addAttribute("requestId", UUID.randomUUID());
        if (chosen != null && member != null) {
            model.addAttribute("slots", Slots.byDay(book.slots(me, chosen.id(), member, monday,
                    monday.plusDays(6)), zone));
        }
        return "scheduling/portal-book";
    }
}
