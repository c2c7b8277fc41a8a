package dev.spotter.scheduling.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Forms;
import dev.spotter.scheduling.ClassBook;
import dev.spotter.scheduling.SaveClassSchedule;
import dev.spotter.scheduling.ScheduleSetup;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coach's classes: the week's occurrences, putting a class on the timetable, a roster with check-in. */
@Controller
class ClassesController {

    private final ClassBook classes;
    private final ScheduleSetup setup;

    ClassesController(ClassBook classes, ScheduleSetup setup) {
        this.classes = classes;
        this.setup = setup;
    }

    /** A class as the form puts it on the timetable: weekly on the ticked days, or by a rule typed in. */
    record ClassForm(UUID serviceId, String coach, UUID roomId,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDate,
                     @DateTimeFormat(pattern = "HH:mm") LocalTime startTime, List<DayOfWeek> days,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, String rule) {

        /** The RFC 5545 rule: the one typed in, else weekly on the ticked days (none ticked: it runs once). */
        String recurrence() {
            if (rule != null && !rule.isBlank()) {
                return rule;
            }
            if (days == null || days.isEmpty()) {
                return null;
            }
            String byDay = String.join(",", days.stream().map(day -> day.name().substring(0, 2)).toList());
            return "FREQ=WEEKLY;BYDAY=" + byDay + (until == null ? ""
                    : ";UNTIL=" + until.toString().replace("-", "") + "T235959");
        }
    }

    @GetMapping("/app/schedule/classes")
    String week(@AuthenticationPrincipal SpotterPrincipal me,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                Model model) {
        ZoneId zone = classes.zone(me);
        LocalDate today = LocalDate.now(zone);
        model.addAttribute("classForm", new ClassForm(null, me.memberId().toString(), null, today.plusDays(1),
                LocalTime.of(18, 0), List.of(), null, ""));
        return page(me, date, model);
    }

    @PostMapping("/app/schedule/classes")
    String create(@AuthenticationPrincipal SpotterPrincipal me, @ModelAttribute("classForm") ClassForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                var schedule = classes.createSchedule(me, new SaveClassSchedule(form.serviceId(),
                        form.coach() == null ? null : MemberId.parse(form.coach()).orElse(null), form.roomId(),
                        form.firstDate(), form.startTime(), form.recurrence()));
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(schedule.serviceName()
                        + " is on the timetable."));
                return "redirect:/app/schedule/classes?date=" + schedule.firstDate();
            } catch (InvalidFieldException | ConflictException e) {
                Forms.reject(binding, e);
            }
        }
        return page(me, form.firstDate(), model);
    }

    @GetMapping("/app/schedule/classes/{id}")
    String roster(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id, @RequestParam Instant startsAt,
                  Model model) {
        model.addAttribute("roster", classes.roster(me, id, startsAt));
        model.addAttribute("now", classes.now());
        model.addAttribute("zone", classes.zone(me));
        return "scheduling/class-roster";
    }

    @PostMapping("/app/schedule/classes/{id}/skip")
    String skip(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id, @RequestParam Instant startsAt,
                @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            classes.skip(me, id, startsAt, reason);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("This date is cancelled; its places were "
                    + "cancelled too."));
            return "redirect:/app/schedule/classes?date=" + startsAt.atZone(classes.zone(me)).toLocalDate();
        } catch (InvalidFieldException | ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not cancelled: " + e.getMessage() + "."));
            return "redirect:/app/schedule/classes/" + id + "?startsAt=" + startsAt;
        }
    }

    @PostMapping("/app/schedule/classes/places/{place}/{action}")
    String act(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID place, @PathVariable String action,
               RedirectAttributes redirect) {
        var current = classes.place(me, place);
        try {
            String done = switch (action) {
                case "check-in" -> {
                    classes.checkIn(me, place);
                    yield "Checked in.";
                }
                case "no-show" -> {
                    classes.markNoShow(me, place);
                    yield "Marked as a no-show.";
                }
                case "cancel" -> {
                    classes.leave(me, place);
                    yield "Place cancelled; the first on the waitlist, if any, has it now.";
                }
                default -> throw new NotFoundException("Action");
            };
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(done));
        } catch (ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not changed: " + e.getMessage() + "."));
        }
        return "redirect:/app/schedule/classes/" + current.scheduleId() + "?startsAt=" + current.startsAt();
    }

    private String page(SpotterPrincipal me, LocalDate date, Model model) {
        ZoneId zone = classes.zone(me);
        LocalDate today = LocalDate.now(zone);
        LocalDate monday = Agenda.first("week", date == null ? today : date);
        model.addAttribute("week", monday);
        model.addAttribute("today", today);
        model.addAttribute("zone", zone);
        model.addAttribute("days", ClassDay.of(classes.occurrences(me, monday.atStartOfDay(zone).toInstant(),
                monday.plusDays(7).atStartOfDay(zone).toInstant()), zone, monday));
        model.addAttribute("services", setup.services(me).stream()
                .filter(service -> service.kind().group() && service.active()).toList());
        model.addAttribute("coaches", setup.coaches(me));
        model.addAttribute("rooms", setup.locations(me).stream().flatMap(location -> location.rooms().stream())
                .toList());
        model.addAttribute("weekdays", DayOfWeek.values());
        return "scheduling/classes";
    }
}
