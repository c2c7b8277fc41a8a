package dev.spotter.exercises.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.spotter.exercises.Exercise;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Spotter's own exercise library, read from the YAML files in {@code exercises/library/}. Loading checks every
 * entry and every regression and progression link, and fails loudly: a broken library must not ship.
 */
public final class BuiltInLibrary {

    static final String LOCATION = "classpath*:exercises/library/*.yaml";

    private final List<Exercise> exercises;

    private BuiltInLibrary(List<Exercise> exercises) {
        this.exercises = List.copyOf(exercises);
    }

    public static BuiltInLibrary load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            List<Exercise> exercises = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (Resource file : files) {
                byte[] bytes;
                try (InputStream in = file.getInputStream()) {
                    bytes = in.readAllBytes();
                }
                Object document = new Yaml(new SafeConstructor(new LoaderOptions()))
                        .load(new String(bytes, StandardCharsets.UTF_8));
                if (!(document instanceof List<?> entries)) {
                    problems.add(file.getFilename() + ": must be a list of exercises");
                    continue;
                }
                for (int index = 0; index < entries.size(); index++) {
                    if (!(entries.get(index) instanceof Map<?, ?> entry)) {
                        problems.add(file.getFilename() + " #" + (index + 1) + ": must be a mapping");
                        continue;
                    }
                    @SuppressWarnings("unchecked")
                    ExerciseFields.Result result = ExerciseFields.read((Map<String, ?>) entry,
                            Exercise.Origin.BUILT_IN, null, null);
                    if (result.ok()) {
                        exercises.add(result.exercise());
                    } else {
                        problems.add(file.getFilename() + " #" + (index + 1) + " (" + entry.get("id") + "): "
                                + String.join("; ", result.problems()));
                    }
                }
            }
            problems.addAll(links(exercises));
            if (!problems.isEmpty()) {
                throw new IllegalStateException("The built-in exercise library is broken:\n  "
                        + String.join("\n  ", problems));
            }
            return new BuiltInLibrary(exercises);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Duplicate ids and links to exercises that do not exist. */
    static List<String> links(List<Exercise> exercises) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Exercise exercise : exercises) {
            if (!ids.add(exercise.id())) {
                problems.add(exercise.id() + ": the id is used twice");
            }
        }
        for (Exercise exercise : exercises) {
            for (String link : exercise.regressions()) {
                if (!ids.contains(link)) {
                    problems.add(exercise.id() + ": regression '" + link + "' does not exist");
                }
            }
            for (String link : exercise.progressions()) {
                if (!ids.contains(link)) {
                    problems.add(exercise.id() + ": progression '" + link + "' does not exist");
                }
            }
        }
        return problems;
    }

    public List<Exercise> exercises() {
        return exercises;
    }
}
