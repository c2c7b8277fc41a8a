package dev.spotter.clients.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.internal.Emergency;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.web.Flash;
import dev.spotter.studios.StudioDirectory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Emergency readiness: a client's emergency card, incident reports, and the studio's emergency action plan. */
@Controller
class EmergencyController {

    private final ClientDirectory directory;
    private final StudioDirectory studios;

    EmergencyController(ClientDirectory directory, StudioDirectory studios) {
        this.directory = directory;
        this.studios = studios;
    }

    @GetMapping("/app/clients/{id}/emergency")
    String card(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id, Model model) {
        var card = directory.emergencyCard(me, ClientsController.uuid(id));
        model.addAttribute("card", card);
        model.addAttribute("client", card.client());
        model.addAttribute("safety", card.safety());
        model.addAttribute("tab", "emergency");
        ZoneId zone = studios.timeZone(me.studioId());
        model.addAttribute("zone", zone);
        model.addAttribute("now", LocalDateTime.now(zone).withSecond(0).withNano(0));
        return "clients/emergency";
    }

    @PostMapping("/app/clients/{id}/emergency/contacts")
    String addContact(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                      @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String relationship,
                      @RequestParam(defaultValue = "") String phone, RedirectAttributes redirect) {
        UUID client = ClientsController.uuid(id);
        try {
            directory.addContact(me, client, name, relationship, phone);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Emergency contact added."));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Contact not added: " + e.describe() + "."));
        }
        return "redirect:/app/clients/" + client + "/emergency";
    }

    @PostMapping("/app/clients/{id}/emergency/contacts/{contact}/delete")
    String removeContact(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                         @PathVariable String contact, RedirectAttributes redirect) {
        UUID client = ClientsController.uuid(id);
        directory.removeContact(me, client, ClientsController.uuid(contact));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Emergency contact removed."));
        return "redirect:/app/clients/" + client + "/emergency";
    }

    @PostMapping("/app/clients/{id}/incidents")
    String report(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                  LocalDateTime occurredAt,
                  @RequestParam(defaultValue = "") String whatHappened,
                  @RequestParam(defaultValue = "") String actionsTaken, @RequestParam(defaultValue = "") String firstAid,
                  @RequestParam(defaultValue = "") String followUp, RedirectAttributes redirect) {
        UUID client = ClientsController.uuid(id);
        try {
            directory.reportIncident(me, client, occurredAt == null ? null
                            : occurredAt.atZone(studios.timeZone(me.studioId())).toInstant(),
                    whatHappened, actionsTaken, firstAid, followUp);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Incident report saved to the client's record."));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Report not saved: " + e.describe() + "."));
        }
        return "redirect:/app/clients/" + client + "/emergency";
    }

    @GetMapping("/app/emergency-plan")
    String plan(@AuthenticationPrincipal SpotterPrincipal me, Model model) {
        model.addAttribute("plan", directory.plan(me).orElse(null));
        return "clients/plan";
    }

    @PostMapping("/app/emergency-plan")
    String savePlan(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(defaultValue = "") String emergencyNumber,
                    @RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String nearestAed,
                    @RequestParam(defaultValue = "") String firstAidKit, @RequestParam(defaultValue = "") String steps,
                    RedirectAttributes redirect) {
        try {
            directory.savePlan(me, new Emergency.Plan(emergencyNumber.strip(), blank(address), blank(nearestAed),
                    blank(firstAidKit), steps.strip(), null));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Emergency action plan saved."));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Plan not saved: " + e.describe() + "."));
        }
        return "redirect:/app/emergency-plan";
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
