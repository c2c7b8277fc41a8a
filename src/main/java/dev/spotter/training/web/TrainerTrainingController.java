package dev.spotter.training.web;

import java.util.UUID;

import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.platform.web.Flash;
import dev.spotter.programs.ProgramBook;
import dev.spotter.science.MassUnit;
import dev.spotter.studios.StudioDirectory;
import dev.spotter.training.ClientTraining;
import dev.spotter.training.PainReport;
import dev.spotter.training.TrainingLog;
import dev.spotter.training.WorkoutFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client's training as their coach reads it: every logged session with sets done against prescribed, session
 * RPE and load, how closely the program is followed, and each workout in detail with a note back to the client.
 */
@Controller
class TrainerTrainingController {

    static final int PAGE_SIZE = 20;

    private final TrainingLog log;
    private final StudioDirectory studios;

    TrainerTrainingController(TrainingLog log, StudioDirectory studios) {
        this.log = log;
        this.studios = studios;
    }

    @GetMapping("/app/clients/{clientId}/training")
    String training(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        Paging paging = new Paging(Math.max(0, page), PAGE_SIZE);
        ClientTraining training = log.forClient(me, ProgramBook.uuid(clientId, "Client"), paging);
        model.addAttribute("training", training);
        model.addAttribute("client", training.client());
        model.addAttribute("zone", studios.timeZone(me.studioId()));
        model.addAttribute("page", paging.page());
        model.addAttribute("hasNext", paging.offset() + PAGE_SIZE < training.total());
        return "training/client";
    }

    @GetMapping("/app/clients/{clientId}/training/{workoutId}")
    String workout(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                   @PathVariable String workoutId, Model model) {
        UUID client = ProgramBook.uuid(clientId, "Client");
        WorkoutFile file = log.workout(me, ProgramBook.uuid(workoutId, "Workout"));
        if (!file.workout().clientId().equals(client)) {
            throw new NotFoundException("Workout");
        }
        model.addAttribute("file", file);
        model.addAttribute("clientId", client);
        MassUnit unit = studios.unitsOf(me.studioId(), me.memberId()) == Units.IMPERIAL ? MassUnit.LB : MassUnit.KG;
        model.addAttribute("rows", WorkoutRows.of(file, unit));
        model.addAttribute("unit", unit);
        model.addAttribute("records", WorkoutRows.records(file, unit));
        model.addAttribute("zone", studios.timeZone(me.studioId()));
        return "training/workout";
    }

    @PostMapping("/app/clients/{clientId}/training/{workoutId}/comments")
    String comment(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                   @PathVariable String workoutId, @RequestParam(required = false) String body,
                   RedirectAttributes redirect) {
        UUID client = ProgramBook.uuid(clientId, "Client");
        UUID workout = ProgramBook.uuid(workoutId, "Workout");
        if (!log.workout(me, workout).workout().clientId().equals(client)) {
            throw new NotFoundException("Workout");
        }
        try {
            log.comment(me, workout, body);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Note saved: your client sees it on their "
                    + "Today screen."));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Note not saved: it " + e.getMessage() + "."));
            redirect.addFlashAttribute("commentError", "Note " + e.getMessage() + ".");
        }
        return "redirect:/app/clients/" + client + "/training/" + workout + "#comments";
    }

    @PostMapping("/app/clients/{clientId}/training/pain/{reportId}/resolve")
    String resolvePain(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                       @PathVariable String reportId, @RequestParam(required = false) String resolution,
                       RedirectAttributes redirect) {
        UUID client = ProgramBook.uuid(clientId, "Client");
        try {
            PainReport report = log.resolvePain(me, client, ProgramBook.uuid(reportId, "Pain report"), resolution);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Resolved: " + report.region().label()
                    .toLowerCase(java.util.Locale.ROOT) + " pain. The movement comes back into the client's sessions."));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not resolved: the note " + e.getMessage() + "."));
        }
        return "redirect:/app/clients/" + client + "/training#pain";
    }
}
