package dev.spotter.clients.web;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.EquipmentAccess;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.engine.ParQPlus;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Forms;
import dev.spotter.studios.StudioDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's portal: their home, and the intake they complete on their phone before the first session (about
 * them, then the PAR-Q+, then the ACSM questions and their confirmation that the answers are true).
 */
@Controller
class PortalController {

    private final ClientDirectory directory;
    private final StudioDirectory studios;

    PortalController(ClientDirectory directory, StudioDirectory studios) {
        this.directory = directory;
        this.studios = studios;
    }

    @GetMapping("/portal")
    String home(@AuthenticationPrincipal SpotterPrincipal me, Model model) {
        Client self = directory.self(me);
        model.addAttribute("self", self);
        model.addAttribute("studioName", studios.studioName(me.studioId()));
        model.addAttribute("coaches", studios.activeCoaches(me.studioId()));
        model.addAttribute("safety", directory.safety(me.studioId(), self));
        return "clients/portal";
    }

    @GetMapping("/portal/intake")
    String intake(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(defaultValue = "1") int step,
                  Model model) {
        Client self = directory.self(me);
        if (step == 1) {
            model.addAttribute("form", ProfileForm.of(self, units(me)));
        } else {
            model.addAttribute("form", ScreeningForm.of(directory.draft(me, self.id()).orElse(null)));
        }
        return intakePage(me, self, Math.min(Math.max(step, 1), 3), model);
    }

    @PostMapping("/portal/intake/about")
    String about(@AuthenticationPrincipal SpotterPrincipal me, @ModelAttribute("form") ProfileForm form,
                 BindingResult binding, Model model) {
        Client self = directory.self(me);
        if (!binding.hasErrors()) {
            try {
                directory.updateProfile(me, self.id(), form.update(units(me), self.status()));
                return "redirect:/portal/intake?step=2";
            } catch (InvalidFieldException e) {
                Forms.reject(binding, ClientsController.units(e, units(me)));
            }
        }
        return intakePage(me, self, 1, model);
    }

    @PostMapping("/portal/intake/health")
    String health(@AuthenticationPrincipal SpotterPrincipal me, @ModelAttribute("form") ScreeningForm form,
                  BindingResult binding, @RequestParam(defaultValue = "2") int step,
                  @RequestParam(defaultValue = "false") boolean confirm, Model model,
                  RedirectAttributes redirect) {
        Client self = directory.self(me);
        if (binding.hasErrors()) {
            return intakePage(me, self, step, model);
        }
        try {
            if (step == 2) {
                directory.screen(me, self.id(), form.answers(), false);
                return "redirect:/portal/intake?step=3";
            }
            if (!confirm) {
                throw new InvalidFieldException("confirm", "confirm that your answers are true");
            }
            var result = directory.screen(me, self.id(), form.answers(), true);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Thank you. Your coach can now see your "
                    + "answers. " + result.reason()));
            return "redirect:/portal";
        } catch (InvalidFieldException e) {
            Forms.reject(binding, e);
            return intakePage(me, self, step, model);
        }
    }

    private String intakePage(SpotterPrincipal me, Client self, int step, Model model) {
        model.addAttribute("self", self);
        model.addAttribute("step", step);
        model.addAttribute("imperial", units(me) == Units.IMPERIAL);
        model.addAttribute("goals", Goal.values());
        model.addAttribute("experiences", Experience.values());
        model.addAttribute("accessList", EquipmentAccess.values());
        model.addAttribute("questions", ParQPlus.QUESTIONS);
        return "clients/intake";
    }

    private Units units(SpotterPrincipal me) {
        return studios.defaultUnits(me.studioId());
    }
}
