package dev.spotter.training.web;

import java.util.HashMap;
import java.util.Map;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.ClientFilePanel;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.studios.StudioDirectory;
import dev.spotter.training.ClientTraining;
import dev.spotter.training.TrainingLog;
import org.springframework.stereotype.Component;

/** The Training card on a client's file: how closely they follow their program and their latest sessions. */
@Component
class ClientTrainingPanel implements ClientFilePanel {

    static final int SHOWN = 3;

    private final TrainingLog log;
    private final StudioDirectory studios;

    ClientTrainingPanel(TrainingLog log, StudioDirectory studios) {
        this.log = log;
        this.studios = studios;
    }

    @Override
    public Panel panel(SpotterPrincipal coach, ClientDirectory.ClientFile file) {
        ClientTraining training = log.forClient(coach, file.client().id(), new Paging(0, SHOWN));
        Map<String, Object> data = new HashMap<>();
        data.put("training", training);
        data.put("zone", studios.timeZone(coach.studioId()));
        return new Panel("training/partials/client-panel", data, 20);
    }
}
