package dev.spotter.training;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.ExerciseCatalog;
import dev.spotter.exercises.Muscle;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.science.TrainingLoad;
import dev.spotter.studios.StudioDirectory;
import dev.spotter.training.internal.Progression;
import dev.spotter.training.internal.Workouts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's training over months and years, read for progress charts and reports: estimated 1RM per lift over
 * time, weekly sets per muscle group, session loads, and how much of the prescribed work was done. Coaches read any
 * client of their studio, a client only themselves.
 */
@Service
public class TrainingHistory {

    /** A value on a day. */
    public record DayValue(LocalDate day, double value) {
    }

    /** One lift's best estimated 1RM (Epley, kg) on each day it was trained. */
    public record LiftTrend(String exerciseId, String name, List<DayValue> best) {

        public double latest() {
            return best.get(best.size() - 1).value();
        }
    }

    /** Sets done in a week (starting Monday) per primary muscle group, by its label. */
    public record WeekVolume(LocalDate week, Map<String, Integer> setsByMuscle) {
    }

    /** Finished workouts in a period, and sets done against prescribed. */
    public record Adherence(int workouts, int setsDone, int setsPrescribed) {

        /** Per cent of prescribed sets done; null without prescribed sets. */
        public Integer percent() {
            return setsPrescribed == 0 ? null : (int) Math.round(100.0 * setsDone / setsPrescribed);
        }
    }

    private final ClientDirectory clients;
    private final StudioDirectory studios;
    private final ExerciseCatalog exercises;
    private final Progression progression;
    private final Workouts workouts;

    TrainingHistory(ClientDirectory clients, StudioDirectory studios, ExerciseCatalog exercises,
                    Progression progression, Workouts workouts) {
        this.clients = clients;
        this.studios = studios;
        this.exercises = exercises;
        this.progression = progression;
        this.workouts = workouts;
    }

    /** What the progress charts read, gathered with one look at the exercise library. */
    public record Trends(List<LiftTrend> lifts, List<WeekVolume> weeks, List<TrainingLoad.Session> loads) {
    }

    /**
     * Estimated 1RM per lift from {@code from} to {@code to}, weekly sets per muscle group from {@code weeksFrom},
     * and session loads from {@code loadsFrom}: the estimatedMaxes, weeklySets and sessionLoads of one page.
     */
    @Transactional(readOnly = true)
    public Trends trends(SpotterPrincipal caller, UUID clientId, LocalDate from, LocalDate to, LocalDate weeksFrom,
                         LocalDate loadsFrom) {
        Client client = clients.client(caller, clientId);
        ZoneId zone = studios.timeZone(caller.studioId());
        List<Exercise> library = exercises.library(caller.studioId());
        return new Trends(lifts(caller, client, zone, from, to, library),
                volume(caller, client, zone, weeksFrom, to, library),
                workouts.loads(caller.studioId(), client.id(), zone, loadsFrom.atStartOfDay(zone).toInstant()));
    }

    /** Each lift's best estimated 1RM per day from {@code from} to {@code to}, most-trained lift first. */
    @Transactional(readOnly = true)
    public List<LiftTrend> estimatedMaxes(SpotterPrincipal caller, UUID clientId, LocalDate from, LocalDate to) {
        Client client = clients.client(caller, clientId);
        return lifts(caller, client, studios.timeZone(caller.studioId()), from, to,
                exercises.library(caller.studioId()));
    }

    private List<LiftTrend> lifts(SpotterPrincipal caller, Client client, ZoneId zone, LocalDate from, LocalDate to,
                                  List<Exercise> library) {
        Map<String, List<DayValue>> byLift = new LinkedHashMap<>();
        for (Progression.DayBest best : progression.bestEstimatedMaxes(caller.studioId(), client.id(), zone, from,
                to)) {
            byLift.computeIfAbsent(best.exerciseId(), id -> new ArrayList<>())
                    .add(new DayValue(best.day(), best.estimatedMaxKg()));
        }
        Map<String, String> names = new HashMap<>();
        library.forEach(e -> names.put(e.id(), e.name()));
        return byLift.entrySet().stream()
                .map(e -> new LiftTrend(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .sorted(Comparator.comparing((LiftTrend t) -> -t.best().size()).thenComparing(LiftTrend::name))
                .toList();
    }

    /** Sets per primary muscle group in each week from {@code from} to {@code to}, oldest week first. */
    @Transactional(readOnly = true)
    public List<WeekVolume> weeklySets(SpotterPrincipal caller, UUID clientId, LocalDate from, LocalDate to) {
        Client client = clients.client(caller, clientId);
        return volume(caller, client, studios.timeZone(caller.studioId()), from, to,
                exercises.library(caller.studioId()));
    }

    private List<WeekVolume> volume(SpotterPrincipal caller, Client client, ZoneId zone, LocalDate from,
                                    LocalDate to, List<Exercise> library) {
        Map<String, List<Muscle>> muscles = new HashMap<>();
        library.forEach(e -> muscles.put(e.id(), List.copyOf(e.primary())));
        Map<LocalDate, Map<String, Integer>> weeks = new TreeMap<>();
        for (Progression.WeekSets sets : progression.weeklySets(caller.studioId(), client.id(), zone, from, to)) {
            Map<String, Integer> week = weeks.computeIfAbsent(sets.week(), w -> new TreeMap<>());
            for (Muscle muscle : muscles.getOrDefault(sets.exerciseId(), List.of())) {
                week.merge(muscle.label(), sets.sets(), Integer::sum);
            }
        }
        return weeks.entrySet().stream().map(e -> new WeekVolume(e.getKey(), e.getValue())).toList();
    }

    /** Each finished session's load (session RPE x minutes) on its day, from {@code from}. */
    @Transactional(readOnly = true)
    public List<TrainingLoad.Session> sessionLoads(SpotterPrincipal caller, UUID clientId, LocalDate from) {
        Client client = clients.client(caller, clientId);
        ZoneId zone = studios.timeZone(caller.studioId());
        return workouts.loads(caller.studioId(), client.id(), zone, from.atStartOfDay(zone).toInstant());
    }

    @Transactional(readOnly = true)
    public Adherence adherence(SpotterPrincipal caller, UUID clientId, LocalDate from, LocalDate to) {
        Client client = clients.client(caller, clientId);
        Progression.Done done = progression.done(caller.studioId(), client.id(), studios.timeZone(caller.studioId()),
                from, to);
        return new Adherence(done.workouts(), done.setsDone(), done.setsPrescribed());
    }

    /** The name of an exercise of the studio's library, for a goal that names a lift. */
    public Optional<String> exerciseName(SpotterPrincipal caller, String exerciseId) {
        return exercises.find(caller.studioId(), exerciseId).map(Exercise::name);
    }
}
