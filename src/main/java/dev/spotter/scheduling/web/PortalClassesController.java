package dev.spotter.scheduling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.web.Flash;
import dev.spotter.scheduling.ClassBook;
import dev.spotter.scheduling.ClassFullException;
import dev.spotter.scheduling.JoinClass;
import dev.spotter.scheduling.PlaceStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Classes in the portal: the week's classes with places left, joining or the waitlist, and leaving. */
@Controller
class PortalClassesController {

    private final ClassBook classes;

    PortalClassesController(ClassBook classes) {
        this.classes = classes;
    }

    @GetMapping("/portal/sessions/classes")
    String week(@AuthenticationPrincipal SpotterPrincipal me,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                Model model) {
        ZoneId zone = classes.zone(me);
        LocalDate today = LocalDate.now(zone);
        LocalDate monday = Agenda.first("week", date == null || date.isBefore(today) ? today : date);
        model.addAttribute("week", monday);
        model.addAttribute("thisWeek", Agenda.first("week", today));
        model.addAttribute("now", classes.now());
        model.addAttribute("zone", zone);
        model.addAttribute("days", ClassDay.of(classes.occurrences(me, monday.atStartOfDay(zone).toInstant(),
                monday.plusDays(7).atStartOfDay(zone).toInstant()), zone, monday));
        model.addAttribute("requestId", UUID.randomUUID());
        return "scheduling/portal-classes";
    }

    @PostMapping("/portal/sessions/classes/join")
    String join(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam UUID scheduleId,
                @RequestParam Instant startsAt, @RequestParam UUID requestId,
                @RequestParam(defaultValue = "false") boolean waitlist, RedirectAttributes redirect) {
        LocalDate day = startsAt.atZone(classes.zone(me)).toLocalDate();
        try {
            var joined = classes.join(me, new JoinClass(scheduleId, startsAt, requestId, waitlist));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(joined.place().status() == PlaceStatus.BOOKED
                    ? "You have a place. See you there!"
                    : "You are on the waitlist. If a place comes free it is yours, and we will email you."));
        } catch (ClassFullException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Someone took the last place a moment ago. "
                    + "Join the waitlist and you will be given the next place that comes free."));
        } catch (InvalidFieldException | ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not booked: " + e.getMessage() + "."));
        }
        return "redirect:/portal/sessions/classes?date=" + day;
    }

    @GetMapping("/portal/sessions/classes/places/{id}")
    String place(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id, Model model) {
        var place = classes.place(me, id);
        model.addAttribute("place", place);
        model.addAttribute("schedule", classes.schedule(me, place.scheduleId()));
        model.addAttribute("now", classes.now());
        model.addAttribute("zone", classes.zone(me));
        return "scheduling/portal-class";
    }

    @PostMapping("/portal/sessions/classes/places/{id}/cancel")
    String cancel(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            var left = classes.leave(me, id);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(left.status() == PlaceStatus.LATE_CANCELLED
                    ? "Cancelled. It was inside the cancellation window, so it is recorded as a late cancellation."
                    : "Cancelled."));
        } catch (ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not cancelled: " + e.getMessage() + "."));
        }
        return "redirect:/portal/sessions/classes/places/" + id;
    }
}
