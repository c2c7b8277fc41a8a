package dev.spotter.progress.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Forms;
import dev.spotter.progress.Goal;
import dev.spotter.progress.GoalBook;
import dev.spotter.progress.ProgressLog;
import dev.spotter.progress.Site;
import dev.spotter.science.assessment.AssessmentKind;
import dev.spotter.studios.StudioDirectory;
import dev.spotter.training.TrainingHistory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Setting a client's goals: a body mass, a lift's estimated 1RM, or a test score, by a day. */
@Controller
class GoalController {

    private final GoalBook goals;
    private final ProgressLog progress;
    private final TrainingHistory training;
    private final StudioDirectory studios;

    GoalController(GoalBook goals, ProgressLog progress, TrainingHistory training, StudioDirectory studios) {
        this.goals = goals;
        this.progress = progress;
        this.training = training;
        this.studios = studios;
    }

    @GetMapping("/app/clients/{clientId}/progress/goals/new")
    String form(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId, Model model) {
        Client client = progress.client(me, ProgressController.id(clientId));
        model(me, client, model, "BODY_MASS", null, null, null, null, null);
        return "progress/goal";
    }

    private void model(SpotterPrincipal me, Client client, Model model, String kind, String lift, String test,
                       String target, LocalDate targetOn, InvalidFieldException error) {
        LocalDate today = progress.today(me);
        model.addAttribute("client", client);
        model.addAttribute("lifts", training.estimatedMaxes(me, client.id(), today.minusYears(1), today));
        model.addAttribute("tests", AssessmentKind.values());
        java.util.Map<String, String> testUnits = new java.util.HashMap<>();
        for (AssessmentKind k : AssessmentKind.values()) {
            testUnits.put(k.code(), k.estimate() != dev.spotter.science.assessment.Estimate.NONE
                    ? k.estimate().label() + ", " + k.estimate().unit() : TestFields.unit(k));
        }
        model.addAttribute("testUnits", testUnits);
        model.addAttribute("kind", kind);
        model.addAttribute("lift", lift);
        model.addAttribute("test", test);
        model.addAttribute("target", target);
        model.addAttribute("targetOn", targetOn);
        model.addAttribute("massUnit", new Readings(units(me)).unit(Site.BODY_MASS).symbol());
        model.addAttribute("errorField", error == null ? null : error.field());
        model.addAttribute("error", error == null ? null : Character.toUpperCase(error.getMessage().charAt(0))
                + error.getMessage().substring(1) + ".");
    }

    private Units units(SpotterPrincipal me) {
        return studios.unitsOf(me.studioId(), me.memberId());
    }

    @PostMapping("/app/clients/{clientId}/progress/goals")
    String set(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
               @RequestParam(required = false) String kind, @RequestParam(required = false) String lift,
               @RequestParam(required = false) String test, @RequestParam(required = false) String target,
               @RequestParam(required = false) LocalDate targetOn, Model model, RedirectAttributes redirect) {
        Client client = progress.client(me, ProgressController.id(clientId));
        try {
            Goal.Kind chosen = kind == null ? null : Goal.Kind.valueOf(kind);
            BigDecimal typed = Forms.decimal("target", target);
            Double amount = typed == null ? null : typed.doubleValue();
            Readings readings = new Readings(units(me));
            if (amount != null && chosen != Goal.Kind.TEST) {
                amount = readings.unit(Site.BODY_MASS).toSi(amount);
            }
            if (amount != null && chosen == Goal.Kind.TEST && test != null) {
                AssessmentKind testKind = AssessmentKind.ofCode(test);
                if (testKind.unit().equals("m") && !testKind.inputs()
                        .contains(dev.spotter.science.assessment.Input.DISTANCE_M)
                        && testKind.estimate() == dev.spotter.science.assessment.Estimate.NONE) {
                    amount = amount / 100;
                }
            }
            goals.set(me, client.id(), chosen, chosen == Goal.Kind.LIFT ? lift : test, amount, targetOn);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Goal set."));
            return "redirect:/app/clients/" + client.id() + "/progress#goals";
        } catch (InvalidFieldException e) {
            model(me, client, model, kind, lift, test, target, targetOn, e);
            return "progress/goal";
        }
    }

    @PostMapping("/app/clients/{clientId}/progress/goals/{goalId}/delete")
    String delete(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                  @PathVariable String goalId, RedirectAttributes redirect) {
        UUID client = ProgressController.id(clientId);
        goals.delete(me, client, ProgressController.id(goalId));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Goal removed."));
        return "redirect:/app/clients/" + client + "/progress#goals";
    }
}
