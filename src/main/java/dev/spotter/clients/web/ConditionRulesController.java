package dev.spotter.clients.web;

import java.util.EnumSet;
import java.util.List;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.exercises.SafetyTag;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's page for the studio's condition rules: what each condition makes clients avoid, and why. */
@Controller
class ConditionRulesController {

    private final ClientDirectory directory;

    ConditionRulesController(ClientDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/app/settings/conditions")
    String rules(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(required = false) String edit,
                 Model model) {
        model.addAttribute("rules", directory.rules(me.studioId()));
        model.addAttribute("edit", edit);
        model.addAttribute("safetyTags", SafetyTag.values());
        model.addAttribute("ceilings", List.of(IntensityCeiling.LIGHT_TO_MODERATE, IntensityCeiling.MODERATE));
        return "clients/rules";
    }

    @PostMapping("/app/settings/conditions/{key}")
    String save(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String key,
                @RequestParam(required = false) List<SafetyTag> avoid,
                @RequestParam(required = false) IntensityCeiling ceiling,
                @RequestParam(defaultValue = "") String guidance, @RequestParam(defaultValue = "") String source,
                RedirectAttributes redirect) {
        try {
            var rule = directory.saveRule(me, key, avoid == null || avoid.isEmpty() ? EnumSet.noneOf(SafetyTag.class)
                    : EnumSet.copyOf(avoid), ceiling, guidance, source);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Your studio's rule for " + rule.label()
                    + " is saved; it applies to every client with that condition."));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not saved: " + e.describe() + "."));
            return "redirect:/app/settings/conditions?edit=" + key + "#rule-" + key;
        }
        return "redirect:/app/settings/conditions#rule-" + key;
    }

    @PostMapping("/app/settings/conditions/{key}/reset")
    String reset(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String key, RedirectAttributes redirect) {
        directory.resetRule(me, key);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Back to Spotter's cited rule."));
        return "redirect:/app/settings/conditions#rule-" + key;
    }
}
