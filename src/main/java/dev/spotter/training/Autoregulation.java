package dev.spotter.training;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.LoadType;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.programs.engine.Dose;
import dev.spotter.programs.engine.LoadRule;
import dev.spotter.programs.engine.Prescription;
import dev.spotter.programs.engine.Session;
import dev.spotter.science.Exposure;
import dev.spotter.science.LoadRounding;
import dev.spotter.science.MassUnit;
import dev.spotter.science.NextLoad;
import dev.spotter.science.PersonalRecords;
import dev.spotter.science.RpeChart;
import dev.spotter.studios.Loading;
import dev.spotter.training.internal.History;
import org.springframework.stereotype.Component;

/**
 * Turns a client's logged sets into today's loads and their records: a load suggestion per loaded exercise of a
 * session (double progression or the RPE chart, a deload after a stall), rounded to the studio's plates,
 * dumbbells or stack, and the personal records a finished workout set.
 */
@Component
class Autoregulation {

    /** Exposures read per exercise: enough to see a stall of {@value NextLoad#STALL_EXPOSURES} and what came before. */
    static final int EXPOSURES = NextLoad.STALL_EXPOSURES + 3;

    /** The RPE a prescription without a reps-in-reserve target aims for: two repetitions in reserve. */
    static final double DEFAULT_RPE = 8;

    private final History history;

    Autoregulation(History history) {
        this.history = history;
    }

    /** Today's load for each loaded exercise of the session that the client has done before, by slot. */
    Map<String, LoadSuggestion> suggest(StudioId studio, java.util.UUID client, Session session,
                                        Map<String, Exercise> library, Loading loading, MassUnit unit, ZoneId zone) {
        Map<String, Prescription> loaded = new LinkedHashMap<>();
        session.prescriptions().forEach(item -> {
            Exercise exercise = library.get(item.exerciseId());
            if (exercise != null && target(item).isPresent() && rounding(loading, exercise) != null) {
                loaded.put(item.slot(), item);
            }
        });
        if (loaded.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Exposure>> exposures = history.latest(studio, client,
                loaded.values().stream().map(Prescription::exerciseId).distinct().toList(), EXPOSURES, zone);
        Map<String, LoadSuggestion> suggestions = new LinkedHashMap<>();
        loaded.forEach((slot, item) -> {
            List<Exposure> done = exposures.get(item.exerciseId());
            if (done != null && !done.isEmpty()) {
                NextLoad next = new NextLoad(rounding(loading, library.get(item.exerciseId())));
                suggestions.put(slot, LoadSuggestion.of(slot, item.exerciseId(),
                        next.suggest(done, target(item).orElseThrow()), unit));
            }
        });
        return suggestions;
    }

    /** The personal records the workout set, against everything the client logged before it. */
    List<PersonalRecords.PersonalRecord> records(StudioId studio, java.util.UUID client, java.util.UUID workout,
                                                 ZoneId zone) {
        List<Exposure> session = new ArrayList<>();
        List<Exposure> before = new ArrayList<>();
        history.upTo(studio, client, workout, zone).values().forEach(list -> {
            session.add(list.get(list.size() - 1));
            before.addAll(list.subList(0, list.size() - 1));
        });
        return PersonalRecords.setBy(session, before);
    }

    /**
     * What a prescription asks of each set, when it is a loaded one by repetitions: a reps-in-reserve target becomes
     * its RPE (RPE = 10 - RIR, Zourdos et al. 2016) and is progressed by the RPE chart where the chart covers it;
     * a percentage of 1RM is progressed by double progression at two in reserve.
     */
    static Optional<NextLoad.Target> target(Prescription item) {
        Dose dose = item.dose();
        if (dose.repsLow() == null) {
            return Optional.empty();
        }
        int low = dose.repsLow();
        int high = dose.repsHigh() == null ? low : dose.repsHigh();
        LoadRule rule = item.load();
        if (rule.kind() == LoadRule.Kind.RIR) {
            double rir = rule.low() == null ? 2 : rule.high() == null ? rule.low() : (rule.low() + rule.high()) / 2;
            double rpe = Math.max(1, Math.min(10, Math.round((10 - rir) * 2) / 2.0));
            NextLoad.Method method = RpeChart.covers(high, rpe) ? NextLoad.Method.RPE_CHART
                    : NextLoad.Method.DOUBLE_PROGRESSION;
            return Optional.of(new NextLoad.Target(low, high, rpe, method));
        }
        if (rule.kind() == LoadRule.Kind.PERCENT_1RM) {
            return Optional.of(new NextLoad.Target(low, high, DEFAULT_RPE, NextLoad.Method.DOUBLE_PROGRESSION));
        }
        return Optional.empty();
    }

    /** The studio equipment an exercise is loaded with, or null when it is not loaded with weights. */
    static LoadRounding rounding(Loading loading, Exercise exercise) {
        if (exercise.load() != LoadType.EXTERNAL) {
            return null;
        }
        Set<Equipment> equipment = exercise.equipment();
        if (equipment.contains(Equipment.BARBELL)) {
            return loading.barbell();
        }
        if (equipment.contains(Equipment.DUMBBELL) || equipment.contains(Equipment.KETTLEBELL)) {
            return loading.dumbbells();
        }
        if (equipment.contains(Equipment.MACHINE) || equipment.contains(Equipment.CABLE)) {
            return loading.stack();
        }
        return null;
    }
}
