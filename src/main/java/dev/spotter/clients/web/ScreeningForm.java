package dev.spotter.clients.web;

import java.util.HashMap;
import java.util.Map;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.Screening;

/** The PAR-Q+ and ACSM answers as a form posts them: parq1..parq7, followUp1..followUp7, and the ACSM three. */
record ScreeningForm(Boolean parq1, Boolean parq2, Boolean parq3, Boolean parq4, Boolean parq5, Boolean parq6,
                     Boolean parq7, Boolean followUp1, Boolean followUp2, Boolean followUp3, Boolean followUp4,
                     Boolean followUp5, Boolean followUp6, Boolean followUp7, String followUpNotes,
                     Boolean exercisesRegularly, Boolean knownDisease, Boolean symptoms) {

    static ScreeningForm of(Screening s) {
        if (s == null) {
            return new ScreeningForm(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null);
        }
        Map<Integer, Boolean> p = s.parq();
        Map<Integer, Boolean> f = s.followUps();
        return new ScreeningForm(p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6), p.get(7), f.get(1),
                f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), s.followUpNotes(),
                s.exercisesRegularly(), s.knownDisease(), s.symptoms());
    }

    ClientDirectory.ScreeningAnswers answers() {
        Map<Integer, Boolean> parq = new HashMap<>();
        Map<Integer, Boolean> followUps = new HashMap<>();
        Boolean[] answers = {parq1, parq2, parq3, parq4, parq5, parq6, parq7};
        Boolean[] follow = {followUp1, followUp2, followUp3, followUp4, followUp5, followUp6, followUp7};
        for (int i = 0; i < 7; i++) {
            if (answers[i] != null) {
                parq.put(i + 1, answers[i]);
            }
            if (follow[i] != null) {
                followUps.put(i + 1, follow[i]);
            }
        }
        return new ClientDirectory.ScreeningAnswers(parq, followUps, followUpNotes, exercisesRegularly, knownDisease,
                symptoms);
    }
}
