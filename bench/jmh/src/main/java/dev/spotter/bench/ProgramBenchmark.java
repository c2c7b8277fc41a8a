package dev.spotter.bench;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.EquipmentAccess;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.SafetyTag;
import dev.spotter.programs.engine.Athlete;
import dev.spotter.programs.engine.CheckReport;
import dev.spotter.programs.engine.Generation;
import dev.spotter.programs.engine.Program;
import dev.spotter.programs.engine.ProgramChecker;
import dev.spotter.programs.engine.ProgramGenerator;
import dev.spotter.programs.engine.Specialisation;
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
 * Drafting a 12-week, 4-days-a-week program and checking it, as the builder does on "Generate". The baseline in the
 * same run is the checker alone on the same program, the least work any request that shows a program must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProgramBenchmark {

    /** A healthy intermediate in a full gym, or a beginner with knee osteoarthritis training at home. */
    @Param({"muscle-gain-gym", "weight-loss-knee-home"})
    public String client;

    private ProgramGenerator generator;
    private ProgramChecker checker;
    private Athlete athlete;
    private Specialisation specialisation;
    private Program program;
    private long seed;

    @Setup
    public void load() {
        List<Exercise> library = BenchLibrary.builtIn();
        generator = new ProgramGenerator(library);
        checker = new ProgramChecker(library);
        if (client.equals("muscle-gain-gym")) {
            athlete = new Athlete(25, Experience.INTERMEDIATE, Goal.MUSCLE_GAIN, Set.of(), 4, 60,
                    EquipmentAccess.FULL_GYM.equipment(), Set.of(), Set.of(), Set.of(), Set.of(),
                    ClearanceStatus.NOT_REQUIRED, IntensityCeiling.VIGOROUS, 60);
            specialisation = Specialisation.MUSCLE_GAIN;
        } else {
            Set<Equipment> home = EnumSet.copyOf(EquipmentAccess.HOME.equipment());
            home.addAll(EquipmentAccess.DUMBBELLS.equipment());
            athlete = new Athlete(58, Experience.NONE, Goal.WEIGHT_LOSS, Set.of(), 4, 45, home, Set.of(), Set.of(),
                    EnumSet.of(SafetyTag.LOADED_DEEP_KNEE_FLEXION, SafetyTag.IMPACT), Set.of(),
                    ClearanceStatus.NOT_REQUIRED, IntensityCeiling.MODERATE, 72);
            specialisation = Specialisation.WEIGHT_LOSS;
        }
        program = ((Generation.Drafted) generator.generate(athlete, specialisation, 12, 1)).program();
    }

    @Benchmark
    public CheckReport generateAndCheck() {
        // A new seed each time, as each "Generate" press is a fresh draft.
        Program drafted = ((Generation.Drafted) generator.generate(athlete, specialisation, 12, seed++)).program();
        return checker.check(drafted, athlete);
    }

    @Benchmark
    public CheckReport baselineCheckOnly() {
        return checker.check(program, athlete);
    }
}
