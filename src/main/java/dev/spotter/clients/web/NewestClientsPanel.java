package dev.spotter.clients.web;

import java.util.Map;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.studios.DashboardPanel;
import org.springframework.stereotype.Component;

/** The newest clients on the Today page, each linking to their file. */
@Component
class NewestClientsPanel implements DashboardPanel {

    private final ClientDirectory directory;

    NewestClientsPanel(ClientDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Panel panel(SpotterPrincipal coach) {
        return new Panel("clients/panel-newest", Map.of("clients", directory.newest(coach, 5)), 20, true);
    }
}
