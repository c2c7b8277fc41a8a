package dev.spotter.progress.web;

import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Forms;
import dev.spotter.progress.MeasuredDay;
import dev.spotter.progress.ProgressLog;
import dev.spotter.studios.StudioDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client's progress page and body measurements, for their coach under the client's file and for the client
 * in their portal: the same page, each reaching only the client they may see.
 */
@Controller
class ProgressController {

    private final ProgressLog progress;
    private final ClientDirectory clients;
    private final StudioDirectory studios;
    private final ProgressPages pages;

    ProgressController(ProgressLog progress, ClientDirectory clients, StudioDirectory studios, ProgressPages pages) {
        this.progress = progress;
        this.clients = clients;
        this.studios = studios;
        this.pages = pages;
    }

    @GetMapping("/app/clients/{clientId}/progress")
    String coachPage(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId, Model model) {
        return page(me, progress.client(me, id(clientId)), model);
    }

    @GetMapping("/portal/progress")
    String portalPage(@AuthenticationPrincipal SpotterPrincipal me, Model model) {
        return page(me, clients.self(me), model);
    }

    private String page(SpotterPrincipal me, Client client, Model model) {
        model.addAllAttributes(pages.progress(me, client));
        return "progress/page";
    }

    @GetMapping("/app/clients/{clientId}/progress/measurements/new")
    String coachForm(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId, Model model) {
        return form(me, progress.client(me, id(clientId)), MeasurementForm.empty(progress.today(me)), model);
    }

    @GetMapping("/portal/progress/measurements/new")
    String portalForm(@AuthenticationPrincipal SpotterPrincipal me, Model model) {
        return form(me, clients.self(me), MeasurementForm.empty(progress.today(me)), model);
    }

    private String form(SpotterPrincipal me, Client client, MeasurementForm form, Model model) {
        Units units = studios.unitsOf(me.studioId(), me.memberId());
        model.addAttribute("form", form);
        model.addAttribute("client", client);
        model.addAttribute("base", ProgressPages.base(me, client));
        Readings readings = new Readings(units);
        model.addAttribute("readings", readings);
        java.util.Map<String, String> symbols = new java.util.HashMap<>();
        for (dev.spotter.progress.Site site : dev.spotter.progress.Site.values()) {
            symbols.put(site.name(), readings.unit(site).symbol());
        }
        model.addAttribute("unitSymbols", symbols);
        model.addAttribute("imperial", units == Units.IMPERIAL);
        model.addAttribute("today", progress.today(me));
        return "progress/measure";
    }

    @PostMapping("/app/clients/{clientId}/progress/measurements")
    String coachRecord(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                       @ModelAttribute("form") MeasurementForm form, BindingResult binding, Model model,
                       RedirectAttributes redirect) {
        return record(me, progress.client(me, id(clientId)), form, binding, model, redirect);
    }

    @PostMapping("/portal/progress/measurements")
    String portalRecord(@AuthenticationPrincipal SpotterPrincipal me, @ModelAttribute("form") MeasurementForm form,
                        BindingResult binding, Model model, RedirectAttributes redirect) {
        return record(me, clients.self(me), form, binding, model, redirect);
    }

    private String record(SpotterPrincipal me, Client client, MeasurementForm form, BindingResult binding,
                          Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                MeasuredDay saved = progress.record(me, client.id(),
                        form.command(studios.unitsOf(me.studioId(), me.memberId())));
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Measurements of "
                        + saved.measurement().measuredOn() + " saved."));
                return "redirect:" + ProgressPages.base(me, client) + "#body";
            } catch (InvalidFieldException e) {
                Forms.reject(binding, e);
            }
        }
        form(me, client, form, model);
        model.addAttribute("form", form);
        return "progress/measure";
    }

    @PostMapping("/app/clients/{clientId}/progress/measurements/{measurementId}/delete")
    String delete(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                  @PathVariable String measurementId, RedirectAttributes redirect) {
        UUID client = id(clientId);
        progress.deleteMeasurement(me, client, id(measurementId));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Measurement removed."));
        return "redirect:/app/clients/" + client + "/progress#measurements";
    }

    @GetMapping("/app/clients/{clientId}/progress/measurements.csv")
    ResponseEntity<byte[]> coachCsv(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId) {
        Client client = progress.client(me, id(clientId));
        return SeriesCsv.measurements(client.displayName(), progress.measurements(me, client.id()));
    }

    @GetMapping("/portal/progress/measurements.csv")
    ResponseEntity<byte[]> portalCsv(@AuthenticationPrincipal SpotterPrincipal me) {
        Client client = clients.self(me);
        return SeriesCsv.measurements(client.displayName(), progress.measurements(me, client.id()));
    }

    static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Client");
        }
    }
}
