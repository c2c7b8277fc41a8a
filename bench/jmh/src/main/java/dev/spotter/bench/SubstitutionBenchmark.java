package dev.spotter.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.Level;
import dev.spotter.exercises.SafetyTag;
import dev.spotter.exercises.engine.ClientContext;
import dev.spotter.exercises.engine.Substitution;
import dev.spotter.exercises.engine.SubstitutionEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Substitution for one exercise over the whole library. The baseline in the same run is a plain pass over the
 * library that only filters out excluded tags, the least work any substitution must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SubstitutionBenchmark {

    @Param({"back-squat", "push-up", "brisk-walking"})
    public String exerciseId;

    /** How many extra custom exercises the studio has, on top of the built-in library. */
    @Param({"0", "1000"})
    public int customExercises;

    private final SubstitutionEngine engine = new SubstitutionEngine();
    private List<Exercise> library;
    private Exercise original;
    private ClientContext client;

    @Setup
    public void load() {
        List<Exercise> builtIn = BenchLibrary.builtIn();
        library = new ArrayList<>(builtIn);
        for (int i = 0; i < customExercises; i++) {
            Exercise e = builtIn.get(i % builtIn.size());
            library.add(new Exercise(e.id() + "-custom-" + i, e.name() + " " + i, e.aliases(), e.summary(),
                    e.modality(), e.pattern(), e.primary(), e.secondary(), e.equipment(), e.level(), e.unilateral(),
                    e.load(), e.tags(), true, e.populations(), e.setup(), e.cues(), e.mistakes(), e.breathing(),
                    e.safety(), e.regressions(), e.progressions(), e.met(), Exercise.Origin.CUSTOM, null, null));
        }
        original = library.stream().filter(e -> e.id().equals(exerciseId)).findFirst().orElseThrow();
        client = new ClientContext(EnumSet.of(SafetyTag.LOADED_DEEP_KNEE_FLEXION, SafetyTag.LOADED_WRIST_EXTENSION,
                SafetyTag.IMPACT), EnumSet.of(Equipment.DUMBBELL, Equipment.BANDS, Equipment.CHAIR), Level.INTERMEDIATE,
                Set.of());
    }

    @Benchmark
    public Substitution substitute() {
        return engine.substitute(original, library, client, SubstitutionEngine.DEFAULT_LIMIT);
    }

    @Benchmark
    public int baselineTagFilterPass() {
        int safe = 0;
        for (Exercise exercise : library) {
            boolean ok = true;
            for (SafetyTag tag : exercise.tags()) {
                if (client.excludedTags().contains(tag)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                safe++;
            }
        }
        return safe;
    }
}
