package dev.spotter.studios.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Forms;
import dev.spotter.science.MassUnit;
import dev.spotter.studios.Loading;
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
        return page(me, model);
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
        return page(me, model);
    }

    /** The studio's weights as the form edits them, in the unit they are marked in. */
    record LoadingForm(String unit, String bar, String plates, String dumbbellLightest, String dumbbellStep,
                       String dumbbellHeaviest, String stackStep) {

        static LoadingForm of(Loading loading) {
            return new LoadingForm(loading.unit().name(), loading.bar().toPlainString(), loading.platesText(),
                    loading.dumbbellLightest().toPlainString(), loading.dumbbellStep().toPlainString(),
                    loading.dumbbellHeaviest().toPlainString(), loading.stackStep().toPlainString());
        }

        Loading loading() {
            MassUnit massUnit;
            try {
                massUnit = MassUnit.valueOf(unit == null ? "" : unit);
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("unit", "choose kg or lb");
            }
            List<BigDecimal> sizes = new ArrayList<>();
            for (String plate : (plates == null ? "" : plates).split("[,;\\s]+")) {
                if (!plate.isBlank()) {
                    sizes.add(number("plates", plate));
                }
            }
            return new Loading(massUnit, number("bar", bar), sizes, number("dumbbellLightest", dumbbellLightest),
                    number("dumbbellStep", dumbbellStep), number("dumbbellHeaviest", dumbbellHeaviest),
                    number("stackStep", stackStep), true);
        }

        private static BigDecimal number(String field, String text) {
            if (text == null || text.isBlank()) {
                throw new InvalidFieldException(field, "is required");
            }
            try {
                return new BigDecimal(text.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new InvalidFieldException(field, "must be a number, such as 2.5");
            }
        }
    }

    @PostMapping("/app/settings/loading")
    String saveLoading(@AuthenticationPrincipal SpotterPrincipal me, LoadingForm loadingForm,
                       @RequestParam(required = false) String reset, Model model, RedirectAttributes redirect) {
        try {
            settings.saveLoading(me, reset != null ? null : loadingForm.loading());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(reset != null
                    ? "Weights set back to Spotter's defaults." : "Weights saved: suggested loads now round to them."));
            return "redirect:/app/settings#weights";
        } catch (InvalidFieldException e) {
            Studio studio = settings.studio(me);
            model.addAttribute("form", new StudioForm(studio.name(), studio.timeZone().getId(), studio.units()));
            model.addAttribute("loadingForm", loadingForm);
            model.addAttribute("loadingErrors", e instanceof InvalidFieldsException many
                    ? many.problems().stream().collect(Collectors.toMap(InvalidFieldsException.Problem::field,
                            InvalidFieldsException.Problem::message, (first, second) -> first))
                    : Map.of(e.field(), e.getMessage()));
            return page(me, model);
        }
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

    private String page(SpotterPrincipal me, Model model) {
        Loading loading = settings.loading(me);
        model.addAttribute("loading", loading);
        if (!model.containsAttribute("loadingForm")) {
            model.addAttribute("loadingForm", LoadingForm.of(loading));
            model.addAttribute("loadingErrors", Map.of());
        }
        model.addAttribute("zones", AuthController.Zones.ALL);
        model.addAttribute("units", Units.values());
        return "studios/settings";
    }
}
