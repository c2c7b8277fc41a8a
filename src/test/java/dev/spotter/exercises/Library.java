package dev.spotter.exercises;

import java.util.List;

import dev.spotter.exercises.internal.BuiltInLibrary;

/** The built-in library, loaded once for the tests that reason over it. */
public final class Library {

    private static List<Exercise> exercises;

    private Library() {
    }

    public static synchronized List<Exercise> builtIn() {
        if (exercises == null) {
            exercises = BuiltInLibrary.load().exercises();
        }
        return exercises;
    }

    public static Exercise byId(String id) {
        return builtIn().stream().filter(exercise -> exercise.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no built-in exercise " + id));
    }
}
