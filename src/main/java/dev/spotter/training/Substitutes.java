package dev.spotter.training;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.SafetyProfile;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.ExerciseCatalog;
import dev.spotter.exercises.Level;
import dev.spotter.exercises.Pattern;
import dev.spotter.exercises.engine.Alternative;
import dev.spotter.exercises.engine.ClientContext;
import dev.spotter.exercises.engine.Substitution;
import dev.spotter.exercises.engine.SubstitutionEngine;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.programs.engine.Block;
import dev.spotter.programs.engine.Prescription;
import dev.spotter.programs.engine.Reason;
import dev.spotter.programs.engine.Session;
import org.springframework.stereotype.Component;

/**
 * Safe substitutes for one client in a workout, from the exercise library's substitution engine: the choices a
 * client gets when they swap an exercise, and the swaps Spotter makes itself so that a session avoids a movement
 * the client reported as painful until their coach resolves the report.
 */
@Component
class Substitutes {

    /** How many alternatives a client is offered. */
    static final int OFFERED = 6;

    /**
     * Patterns too broad to avoid as a whole: pain in one single-joint or mobility exercise avoids that exercise,
     * not every curl or stretch.
     */
    private static final Set<Pattern> EXERCISE_ONLY = EnumSet.of(Pattern.ISOLATION, Pattern.MOBILITY,
            Pattern.FULL_BODY, Pattern.GAIT);

    private final ExerciseCatalog catalog;
    private final ClientDirectory clients;
    private final SubstitutionEngine engine = new SubstitutionEngine();

    Substitutes(ExerciseCatalog catalog, ClientDirectory clients) {
        this.catalog = catalog;
        this.clients = clients;
    }

    /** A session made safe for the client's open pain reports: what was swapped, and what could not be. */
    record Guarded(Session session, List<Planned> swaps, Map<String, String> cautions) {
    }

    /** A swap Spotter makes in a slot, before the workout that stores it exists. */
    record Planned(String slot, Prescription from, Exercise to) {
    }

    /** The alternatives a client may choose for the exercise in a slot. */
    Substitution alternatives(StudioId studio, Client client, Prescription item, List<PainReport> open) {
        return catalog.alternatives(studio, item.exerciseId(), context(studio, client, open), OFFERED);
    }

    /** The exercise with this id, if it is one of the safe alternatives offered for the slot. */
    Optional<Exercise> offered(StudioId studio, Client client, Prescription item, List<PainReport> open,
                               String exerciseId) {
        return alternatives(studio, client, item, open).alternatives().stream().map(Alternative::exercise)
                .filter(exercise -> exercise.id().equals(exerciseId)).findFirst();
    }

    /** The session with every prescription that uses a painful movement swapped for a safe alternative. */
    Guarded guard(StudioId studio, Client client, Session session, List<PainReport> open,
                  Map<String, Exercise> library, ZoneId zone) {
        if (open.isEmpty()) {
            return new Guarded(session, List.of(), Map.of());
        }
        ClientContext context = context(studio, client, open);
        // The whole library is read once, and only when some exercise needs a substitute.
        List<Exercise> candidates = null;
        List<Planned> swaps = new ArrayList<>();
        Map<String, String> cautions = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        for (Block block : session.blocks()) {
            List<Prescription> items = new ArrayList<>();
            for (Prescription item : block.items()) {
                Exercise exercise = library.get(item.exerciseId());
                Optional<PainReport> hurt = exercise == null ? Optional.empty() : hurtBy(exercise, open);
                if (hurt.isEmpty()) {
                    items.add(item);
                    continue;
                }
                if (candidates == null) {
                    candidates = catalog.library(studio);
                }
                Substitution found = engine.substitute(exercise, candidates, context, 1);
                String when = when(hurt.get(), zone);
                if (found.found()) {
                    Exercise to = found.alternatives().get(0).exercise();
                    List<Reason> why = new ArrayList<>(item.why());
                    why.add(0, new Reason("training.pain-avoided", "In place of " + item.exerciseName()
                            + ": you reported " + hurt.get().region().label().toLowerCase(Locale.ROOT) + " pain ("
                            + hurt.get().score() + "/10) in this movement on " + when + ". Your coach will review "
                            + "it before it comes back.", null));
                    items.add(item.withExercise(to.id(), to.name(), why));
                    swaps.add(new Planned(item.slot(), item, to));
                } else {
                    items.add(item);
                    cautions.put(item.slot(), caution(hurt.get(), zone) + " No pain-free alternative fits your "
                            + "equipment: go lighter, stop if it hurts, and tell your coach.");
                }
            }
            blocks.add(new Block(block.kind(), items));
        }
        return new Guarded(new Session(session.day(), session.name(), session.focus(), blocks), swaps, cautions);
    }

    /**
     * Warnings for the exercises of a session already started that repeat a movement the client reported as
     * painful: the session is not changed under them, but they are told and may swap.
     */
    Map<String, String> cautions(Session session, List<PainReport> open, Map<String, Exercise> library,
                                 ZoneId zone) {
        Map<String, String> cautions = new LinkedHashMap<>();
        if (open.isEmpty()) {
            return cautions;
        }
        session.prescriptions().forEach(item -> {
            Exercise exercise = library.get(item.exerciseId());
            Optional<PainReport> hurt = exercise == null ? Optional.empty() : hurtBy(exercise, open);
            hurt.ifPresent(report -> cautions.put(item.slot(), caution(report, zone)
                    + " Swap it, or go lighter and stop if it hurts."));
        });
        return cautions;
    }

    private static String caution(PainReport report, ZoneId zone) {
        return "You reported " + report.region().label().toLowerCase(Locale.ROOT) + " pain in this movement on "
                + when(report, zone) + ".";
    }

    private static String when(PainReport report, ZoneId zone) {
        return report.reportedAt().atZone(zone).format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH));
    }

    /** The session with the prescription in the item's slot replaced by the item. */
    static Session replace(Session session, Prescription replacement) {
        List<Block> blocks = session.blocks().stream().map(block -> new Block(block.kind(), block.items().stream()
                .map(item -> item.slot().equals(replacement.slot()) ? replacement : item).toList())).toList();
        return new Session(session.day(), session.name(), session.focus(), blocks);
    }

    /** The open report whose movement this exercise repeats, if any. */
    static Optional<PainReport> hurtBy(Exercise exercise, List<PainReport> open) {
        return open.stream().filter(report -> exercise.id().equals(report.exerciseId())
                        || report.pattern() != null && !EXERCISE_ONLY.contains(Pattern.valueOf(report.pattern()))
                        && exercise.pattern().name().equals(report.pattern()))
                .findFirst();
    }

    /** What a substitute must respect for this client, with the painful movements of their open reports. */
    ClientContext context(StudioId studio, Client client, List<PainReport> open) {
        SafetyProfile safety = clients.safety(studio, client);
        Set<Pattern> painful = EnumSet.noneOf(Pattern.class);
        for (PainReport report : open) {
            if (report.pattern() != null && !EXERCISE_ONLY.contains(Pattern.valueOf(report.pattern()))) {
                painful.add(Pattern.valueOf(report.pattern()));
            }
        }
        Level level = client.experience() == null ? Level.ADVANCED : client.experience().level();
        return new ClientContext(safety.avoid(), safety.equipment(), level, painful);
    }
}
