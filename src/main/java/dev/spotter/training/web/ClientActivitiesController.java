package dev.spotter.training.web;

import java.util.UUID;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.web.Htmx;
import dev.spotter.programs.ProgramBook;
import dev.spotter.studios.StudioDirectory;
import dev.spotter.training.ActivityLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A client's imported cardio sessions as their coach reads them: the whole list a page at a time, or, asked by
 * htmx from the client's training page, a card of the latest few.
 */
@Controller
class ClientActivitiesController {

    static final int PAGE_SIZE = 20;
    static final int CARD_SIZE = 5;

    private final ActivityLog log;
    private final ClientDirectory clients;
    private final StudioDirectory studios;

    ClientActivitiesController(ActivityLog log, ClientDirectory clients, StudioDirectory studios) {
        this.log = log;
        this.clients = clients;
        this.studios = studios;
    }

    @GetMapping("/app/clients/{clientId}/activities")
    String activities(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                      @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        boolean card = Htmx.isHtmx(request);
        Paging paging = card ? new Paging(0, CARD_SIZE) : new Paging(Math.max(0, page), PAGE_SIZE);
        UUID id = ProgramBook.uuid(clientId, "Client");
        ActivityLog.Page activities = log.forClient(me, id, paging);
        if (!card) {
            model.addAttribute("client", clients.client(me, id));
        }
        model.addAttribute("clientId", id);
        model.addAttribute("views", ActivityView.of(activities.items()));
        model.addAttribute("total", activities.total());
        model.addAttribute("zone", studios.timeZone(me.studioId()));
        model.addAttribute("page", paging.page());
        model.addAttribute("hasNext", paging.offset() + paging.size() < activities.total());
        return card ? "training/partials/activities :: card" : "training/client-activities";
    }
}
