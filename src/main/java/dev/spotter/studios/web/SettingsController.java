package dev.spotter.studios.web;

import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Forms;
import dev.spotter.studios.internal.AuditLog;
import dev.spotter.studios.internal.Studio;
import dev.spotter.studios.internal.StudioSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's studio settings and the audit log. */
@Controller
class SettingsController {

    private static final int AUDIT_PAGE = 50;

    private final StudioSettings settings;
    private final AuditLog audit;

    SettingsController(StudioSettings settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    /** Studio settings as edited. */
    record StudioForm(@NotBlank(message = "Enter the studio's name.") @Size(max = 120) String name,
                      @NotBlank(message = "Choose a time zone.") String timeZone,
                      @NotNull(message = "Choose the default units.") Units units) {
    }

    @GetMapping("/app/settings")
    String show(@AuthenticationPrincipal SpotterPrincipal me, Model model) {
        Studio studio = settings.studio(me);
        model.addAttribute("form", new StudioForm(studio.name(), studio.timeZone().getId(), studio.units()));
        return page(model);
    }

    @PostMapping("/app/settings")
    String save(@AuthenticationPrincipal SpotterPrincipal me, @Valid @ModelAttribute("form") StudioForm form,
                BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                settings.update(me, form.name(), form.timeZone(), form.units());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Studio settings saved."));
                return "redirect:/app/settings";
            } catch (InvalidFieldException e) {
                Forms.reject(binding, e);
            }
        }
        return page(model);
    }

    @GetMapping("/app/audit")
    String audit(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(defaultValue = "0") int page,
                 Model model) {
        Paging paging = new Paging(Math.max(page, 0), AUDIT_PAGE);
        long total = audit.count(me.studioId());
        model.addAttribute("entries", audit.page(me.studioId(), paging));
        model.addAttribute("page", paging.page());
        model.addAttribute("hasNext", paging.offset() + AUDIT_PAGE < total);
        model.addAttribute("zone", settings.studio(me).timeZone());
        return "studios/audit";
    }

    private String page(Model model) {
        model.addAttribute("zones", AuthController.Zones.ALL);
        model.addAttribute("units", Units.values());
        return "studios/settings";
    }
}
