package dev.spotter.clients.web;

import java.util.Map;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.ClientStatus;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.studios.DashboardPanel;
import org.springframework.stereotype.Component;

/** Puts the clients who need screening (never screened, a year since, or a new condition) on the Today page. */
@Component
class ScreeningDuePanel implements DashboardPanel {

    private final ClientDirectory directory;

    ScreeningDuePanel(ClientDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Panel panel(SpotterPrincipal coach) {
        var due = directory.list(coach, "", (ClientStatus) null, true, new Paging(0, 5));
        return new Panel("clients/panels", Map.of("clients", due.items(), "total", due.total(),
                "today", directory.today()), 10, false);
    }
}
