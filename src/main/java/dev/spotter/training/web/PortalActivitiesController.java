package dev.spotter.training.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.web.Flash;
import dev.spotter.programs.ProgramBook;
import dev.spotter.studios.StudioDirectory;
import dev.spotter.training.ActivityLog;
import dev.spotter.training.ImportedActivity;
import dev.spotter.training.WorkoutStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's "Import from a watch or app" pages: a file field and what the session was for, the sessions
 * imported so far, and each one's summary. A cardio exercise on the Today screen links here with its slot chosen.
 */
@Controller
class PortalActivitiesController {

    static final int PAGE_SIZE = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private final ActivityLog log;
    private final StudioDirectory studios;

    PortalActivitiesController(ActivityLog log, StudioDirectory studios) {
        this.log = log;
        this.studios = studios;
    }

    /** A choice of the "This session was for" field: a cardio exercise of a workout, as the form posts it. */
    record Choice(String value, String exercise, String session) {
    }

    @GetMapping("/portal/activities")
    String activities(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(required = false) String workoutId,
                      @RequestParam(required = false) String slot, @RequestParam(defaultValue = "0") int page,
                      Model model) {
        String chosen = workoutId == null || slot == null ? "" : workoutId + ":" + slot;
        return page(me, chosen, Math.max(0, page), Map.of(), model);
    }

    @PostMapping("/portal/activities")
    String importFile(@AuthenticationPrincipal SpotterPrincipal me,
                      @RequestParam(required = false) MultipartFile file,
                      @RequestParam(required = false) String attach, Model model, RedirectAttributes redirect) {
        String chosen = attach == null ? "" : attach;
        int colon = chosen.indexOf(':');
        try {
            ActivityLog.Imported imported = log.importFile(me, bytes(file),
                    file == null ? null : file.getOriginalFilename(),
                    colon < 0 ? null : chosen.substring(0, colon), colon < 0 ? null : chosen.substring(colon + 1));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(said(imported)));
            return "redirect:/portal/activities/" + imported.activity().id();
        } catch (InvalidFieldException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            List<InvalidFieldsException.Problem> problems = e instanceof InvalidFieldsException many
                    ? many.problems() : List.of(new InvalidFieldsException.Problem(e.field(), e.getMessage()));
            problems.forEach(problem -> errors.putIfAbsent(problem.field().equals("file") ? "file" : "attach",
                    sentence(problem)));
            return page(me, chosen, 0, errors, model);
        }
    }

    @GetMapping("/portal/activities/{id}")
    String activity(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id, Model model) {
        model.addAttribute("view", new ActivityView(log.activity(me, ProgramBook.uuid(id, "Activity"))));
        model.addAttribute("zone", studios.timeZone(me.studioId()));
        return "training/activity";
    }

    @PostMapping("/portal/activities/{id}/delete")
    String delete(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                  RedirectAttributes redirect) {
        log.delete(me, ProgramBook.uuid(id, "Activity"));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Activity deleted."));
        return "redirect:/portal/activities";
    }

    private String page(SpotterPrincipal me, String chosen, int page, Map<String, String> errors, Model model) {
        Paging paging = new Paging(page, PAGE_SIZE);
        ActivityLog.Page mine = log.mine(me, paging);
        ZoneId zone = studios.timeZone(me.studioId());
        List<Choice> choices = log.cardioSlots(me).stream().map(slot -> new Choice(
                slot.workoutId() + ":" + slot.slot(), slot.exerciseName(),
                slot.sessionName() + (slot.status() == WorkoutStatus.IN_PROGRESS ? ", in progress"
                        : ", " + DAY.format(slot.startedAt().atZone(zone)))))
                .toList();
        model.addAttribute("choices", choices);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("views", ActivityView.of(mine.items()));
        model.addAttribute("total", mine.total());
        model.addAttribute("zone", zone);
        model.addAttribute("page", paging.page());
        model.addAttribute("hasNext", paging.offset() + PAGE_SIZE < mine.total());
        return "training/activities";
    }

    /** "Imported: Running, 6.01 km in 42:10, logged as set 1 of Easy run." */
    private static String said(ActivityLog.Imported imported) {
        ActivityView view = new ActivityView(imported.activity());
        ImportedActivity activity = imported.activity();
        if (!imported.created()) {
            return "You imported this file before; here is that session.";
        }
        String what = view.sport() + (view.distance() == null ? "" : ", " + view.distance()) + " in "
                + view.duration();
        String logged = imported.loggedSet() == null ? ""
                : ", logged as set " + imported.loggedSet() + " of " + activity.exerciseName();
        return "Imported: " + what + logged + ".";
    }

    /** "The file was not imported: the file has no track points." */
    private static String sentence(InvalidFieldsException.Problem problem) {
        String field = switch (problem.field()) {
            case "file" -> "The file";
            case "slot" -> "The exercise";
            default -> "The workout";
        };
        return field + " " + problem.message() + ".";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
