package dev.spotter.progress.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.ClientFilePanel;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.progress.MeasuredDay;
import dev.spotter.progress.ProgressLog;
import dev.spotter.studios.StudioDirectory;
import org.springframework.stereotype.Component;

/** The Progress card on a client's file: the latest measurements and the way to the progress page. */
@Component
class ClientProgressPanel implements ClientFilePanel {

    private final ProgressLog progress;
    private final StudioDirectory studios;

    ClientProgressPanel(ProgressLog progress, StudioDirectory studios) {
        this.progress = progress;
        this.studios = studios;
    }

    @Override
    public Panel panel(SpotterPrincipal coach, ClientDirectory.ClientFile file) {
        List<MeasuredDay> days = progress.measurements(coach, file.client().id());
        Map<String, Object> data = new HashMap<>();
        data.put("client", file.client());
        data.put("latest", days.isEmpty() ? null : days.get(days.size() - 1));
        data.put("count", days.size());
        data.put("readings", new Readings(studios.unitsOf(coach.studioId(), coach.memberId())));
        return new Panel("progress/partials/client-panel", data, 25);
    }
}
