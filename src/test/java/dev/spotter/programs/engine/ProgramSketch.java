package dev.spotter.programs.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Library;
import dev.spotter.exercises.Pattern;
import dev.spotter.exercises.SafetyTag;

/** Small programs and clients written by hand for the checker's tests, from built-in exercises. */
final class ProgramSketch {

    static final int REST_SECONDS = 90;

    private ProgramSketch() {
    }

    static Program program(Specialisation specialisation, Phase... phases) {
        return new Program("Sketch", specialisation, ProgressionModel.LINEAR, 3, 60, IntensityCeiling.VIGOROUS,
                List.of(), List.of(phases), 1L);
    }

    static Phase phase(String name, Week... weeks) {
        return new Phase(name, "Sketch", List.of(weeks));
    }

    static Week week(int number, Session... sessions) {
        return new Week(number, false, "Sketch", List.of(sessions));
    }

    static Week deload(int number, Session... sessions) {
        return new Week(number, true, "Deload", List.of(sessions));
    }

    static Session session(int day, String name, Block... blocks) {
        return new Session(day, name, "Sketch", List.of(blocks));
    }

    static Block block(BlockKind kind, Prescription... items) {
        return new Block(kind, List.of(items));
    }

    static Prescription reps(String slot, String exerciseId, int sets, int low, int high, LoadRule load) {
        return new Prescription(slot, exerciseId, Library.byId(exerciseId).name(), sets, Dose.reps(low, high), false,
                load, REST_SECONDS, null, null, List.of());
    }

    static Prescription timed(String slot, String exerciseId, int sets, int seconds, LoadRule load) {
        return new Prescription(slot, exerciseId, Library.byId(exerciseId).name(), sets, Dose.seconds(seconds),
                false, load, 0, null, null, List.of());
    }

    /** Rewrites every week of a program. */
    static Program everyWeek(Program program, UnaryOperator<Week> change) {
        List<Phase> phases = new ArrayList<>();
        for (Phase phase : program.phases()) {
            phases.add(new Phase(phase.name(), phase.aim(), phase.weeks().stream().map(change).toList()));
        }
        return program.withPhases(phases);
    }

    /** Rewrites the prescription in a slot in every week. */
    static Program everyWeek(Program program, String slot, UnaryOperator<Prescription> change) {
        return everyWeek(program, week -> inSlot(week, slot, change));
    }

    /** Rewrites the prescription in a slot of one week. */
    static Week inSlot(Week week, String slot, UnaryOperator<Prescription> change) {
        return new Week(week.number(), week.deload(), week.focus(),
                week.sessions().stream().map(session -> new Session(session.day(), session.name(), session.focus(),
                        session.blocks().stream().map(block -> new Block(block.kind(), block.items().stream()
                                .map(item -> item.slot().equals(slot) ? change.apply(item) : item)
                                .toList())).toList())).toList());
    }

    /** Takes the prescription in a slot out of every week. */
    static Program without(Program program, String slot) {
        return everyWeek(program, week -> new Week(week.number(), week.deload(), week.focus(),
                week.sessions().stream().map(session -> new Session(session.day(), session.name(), session.focus(),
                        session.blocks().stream().map(block -> new Block(block.kind(), block.items().stream()
                                .filter(item -> !item.slot().equals(slot)).toList())).toList())).toList()));
    }

    static Prescription swap(Prescription item, String exerciseId) {
        return item.withExercise(exerciseId, Library.byId(exerciseId).name(), List.of());
    }

    static Client client() {
        return new Client();
    }

    /** A healthy 35-year-old with some training behind them, an hour three times a week, and tweaks per test. */
    static final class Client {

        private Integer age = 35;
        private Experience experience = Experience.INTERMEDIATE;
        private Integer minutes = 60;
        private Set<Equipment> equipment;
        private Set<String> disliked = Set.of();
        private Set<SafetyTag> avoid = Set.of();
        private Set<Pattern> painful = Set.of();
        private ClearanceStatus clearance = ClearanceStatus.NOT_REQUIRED;
        private IntensityCeiling ceiling = IntensityCeiling.VIGOROUS;

        Client age(Integer years) {
            age = years;
            return this;
        }

        Client experience(Experience value) {
            experience = value;
            return this;
        }

        Client minutes(Integer value) {
            minutes = value;
            return this;
        }

        Client equipment(Equipment... items) {
            equipment = Set.of(items);
            return this;
        }

        Client dislikes(String... exerciseIds) {
            disliked = Set.of(exerciseIds);
            return this;
        }

        Client avoids(SafetyTag... tags) {
            avoid = Set.of(tags);
            return this;
        }

        Client hurtsWhen(Pattern... patterns) {
            painful = Set.of(patterns);
            return this;
        }

        Client clearance(ClearanceStatus value) {
            clearance = value;
            return this;
        }

        Client ceiling(IntensityCeiling value) {
            ceiling = value;
            return this;
        }

        Athlete athlete() {
            return new Athlete(age, experience, Goal.GENERAL_HEALTH, Set.of(), 3, minutes, equipment, Set.of(),
                    disliked, avoid, painful, clearance, ceiling, 60);
        }
    }
}
