package dev.spotter.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.internal.ExerciseFields;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Spotter's built-in exercise library, read from the same YAML files the application ships. */
final class BenchLibrary {

    private BenchLibrary() {
    }

    static List<Exercise> builtIn() {
        List<Exercise> exercises = new ArrayList<>();
        for (String file : List.of("lower-body", "upper-body", "core-balance-power", "cardio-mobility")) {
            try (InputStream in = BenchLibrary.class.getResourceAsStream("/exercises/library/" + file + ".yaml")) {
                List<?> entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                for (Object entry : entries) {
                    @SuppressWarnings("unchecked")
                    Map<String, ?> fields = (Map<String, ?>) entry;
                    exercises.add(ExerciseFields.read(fields, Exercise.Origin.BUILT_IN, null, null).exercise());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return exercises;
    }
}
