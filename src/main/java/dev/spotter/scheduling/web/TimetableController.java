package dev.spotter.scheduling.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.web.Flash;
import dev.spotter.scheduling.ClassSchedule;
import dev.spotter.scheduling.TimetablePlanning;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner's timetable optimiser: how many of each class a week and when the studio is open, the run with its
 * best timetable so far (polled by htmx), stopping it, its explanation, and accepting it onto the class timetable.
 */
@Controller
class TimetableController {

    private static final Set<DayOfWeek> WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private final TimetablePlanning planning;

    TimetableController(TimetablePlanning planning) {
        this.planning = planning;
    }

    @GetMapping("/app/schedule/timetable")
    String page(@AuthenticationPrincipal SpotterPrincipal me, Model model) {
        return page(me, new TimetablePlanning.Demand(Map.of(), WEEKDAYS, LocalTime.of(7, 0), LocalTime.of(21, 0),
                30), model);
    }

    @PostMapping("/app/schedule/timetable")
    String run(@AuthenticationPrincipal SpotterPrincipal me,
               @RequestParam(name = "service", required = false) List<UUID> services,
               @RequestParam(name = "perWeek", required = false) List<Integer> counts,
               @RequestParam(required = false) List<DayOfWeek> days,
               @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime opens,
               @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime closes,
               @RequestParam(defaultValue = "30") int stepMinutes, Model model) {
        Map<UUID, Integer> perWeek = new HashMap<>();
        if (services != null && counts != null) {
            for (int i = 0; i < Math.min(services.size(), counts.size()); i++) {
                perWeek.put(services.get(i), counts.get(i) == null ? 0 : counts.get(i));
            }
        }
        var demand = new TimetablePlanning.Demand(perWeek, days == null ? Set.of() : Set.copyOf(days), opens, closes,
                stepMinutes);
        try {
            var started = planning.start(me, demand);
            if (started.started()) {
                return "redirect:/app/schedule/timetable";
            }
            model.addAttribute("impossibilities", started.impossibilities());
        } catch (InvalidFieldException e) {
            model.addAttribute("error", e.getMessage());
        }
        return page(me, demand, model);
    }

    @GetMapping("/app/schedule/timetable/run")
    String progress(@AuthenticationPrincipal SpotterPrincipal me, Model model, HttpServletResponse response) {
        var run = planning.current(me).orElse(null);
        if (run == null || !run.running()) {
            // The finished run is shown by a whole page, so that its Accept and Stop forms are the page's own.
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", run);
        return "scheduling/partials/timetable-run :: run";
    }

    @PostMapping("/app/schedule/timetable/stop")
    String stop(@AuthenticationPrincipal SpotterPrincipal me) {
        planning.stop(me);
        return "redirect:/app/schedule/timetable";
    }

    @PostMapping("/app/schedule/timetable/accept")
    String accept(@AuthenticationPrincipal SpotterPrincipal me, RedirectAttributes redirect) {
        try {
            List<ClassSchedule> created = planning.accept(me);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(created.size()
                    + " classes are on the timetable, weekly from next Monday."));
            return "redirect:/app/schedule/classes" + (created.isEmpty() ? ""
                    : "?date=" + created.get(0).firstDate());
        } catch (ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not accepted: " + e.getMessage() + "."));
            return "redirect:/app/schedule/timetable";
        }
    }

    private String page(SpotterPrincipal me, TimetablePlanning.Demand demand, Model model) {
        model.addAttribute("services", planning.classServices(me));
        model.addAttribute("demand", demand);
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("run", planning.current(me).orElse(null));
        return "scheduling/timetable";
    }
}
