package dev.spotter.exercises;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.spotter.exercises.engine.ClientContext;
import dev.spotter.exercises.engine.Substitution;
import dev.spotter.exercises.engine.SubstitutionEngine;
import dev.spotter.exercises.internal.ExerciseFields;
import dev.spotter.exercises.internal.Exercises;
import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.tenancy.StudioId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exercise knowledge base as other modules and the web use it: search a studio's library, read an exercise
 * with its ladder, find safe alternatives for a client, and keep the studio's own exercises. Editing a built-in
 * exercise makes a studio override; the global catalogue never changes.
 */
@Service
public class ExerciseCatalog {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Exercises exercises;
    private final SubstitutionEngine engine = new SubstitutionEngine();

    ExerciseCatalog(Exercises exercises) {
        this.exercises = exercises;
    }

    /** A page of search results. */
    public record Results(List<Exercise> items, long total) {
    }

    /** An exercise with the easier and harder exercises it links to. */
    public record Ladder(List<Exercise> regressions, List<Exercise> progressions) {
    }

    @Transactional(readOnly = true)
    public Results search(StudioId studio, ExerciseQuery query, Paging paging) {
        Exercises.Page page = exercises.search(studio, query, paging);
        return new Results(page.items(), page.total());
    }

    @Transactional(readOnly = true)
    public Optional<Exercise> find(StudioId studio, String id) {
        return exercises.find(studio, id);
    }

    public Exercise get(StudioId studio, String id) {
        return find(studio, id).orElseThrow(() -> new NotFoundException("Exercise"));
    }

    /** The exercises with these ids as the studio sees them, in one query; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<Exercise> findAll(StudioId studio, java.util.Collection<String> ids) {
        return exercises.findAll(studio, ids);
    }

    /** The studio's whole library: built-in exercises as the studio sees them, plus its own. */
    @Transactional(readOnly = true)
    public List<Exercise> library(StudioId studio) {
        return exercises.all(studio);
    }

    @Transactional(readOnly = true)
    public Ladder ladder(StudioId studio, Exercise exercise) {
        return new Ladder(exercises.findAll(studio, exercise.regressions()),
                exercises.findAll(studio, exercise.progressions()));
    }

    @Transactional(readOnly = true)
    public Substitution alternatives(StudioId studio, String id, ClientContext client, int limit) {
        return alternatives(studio, get(studio, id), client, limit);
    }

    /** Alternatives to an exercise the caller has already read from this studio's library. */
    @Transactional(readOnly = true)
    public Substitution alternatives(StudioId studio, Exercise original, ClientContext client, int limit) {
        return engine.substitute(original, exercises.all(studio), client, limit);
    }

    /** Adds an exercise the studio wrote; fields use the names of the library format. */
    @Transactional
    public Exercise create(StudioId studio, Map<String, ?> fields) {
        Map<String, Object> withId = new HashMap<>(fields);
        withId.put("id", newId(studio, String.valueOf(fields.get("name"))));
        Exercise exercise = read(withId, Exercise.Origin.CUSTOM, null, null);
        checkLinks(studio, exercise);
        exercises.save(studio, exercise);
        return exercise;
    }

    /** Changes an exercise; a built-in one becomes the studio's override, leaving the catalogue untouched. */
    @Transactional
    public Exercise update(StudioId studio, String id, Map<String, ?> fields) {
        Exercise current = get(studio, id);
        Map<String, Object> withId = new HashMap<>(fields);
        withId.put("id", id);
        Exercise.Origin origin = current.origin() == Exercise.Origin.BUILT_IN ? Exercise.Origin.OVERRIDE
                : current.origin();
        Exercise exercise = read(withId, origin, current.source(), current.sourceRef());
        checkLinks(studio, exercise);
        exercises.save(studio, exercise);
        return exercise;
    }

    /**
     * Removes the studio's exercise, or its override of a built-in one (which brings the built-in version back).
     * Built-in exercises themselves cannot be removed.
     */
    @Transactional
    public Exercise.Origin delete(StudioId studio, String id) {
        Exercise current = get(studio, id);
        if (current.origin() == Exercise.Origin.BUILT_IN) {
            throw new ConflictException(null, "Built-in exercises cannot be deleted");
        }
        exercises.delete(studio, id);
        return current.origin();
    }

    private static Exercise read(Map<String, ?> fields, Exercise.Origin origin, String source, String sourceRef) {
        ExerciseFields.Result result = ExerciseFields.read(fields, origin, source, sourceRef);
        if (!result.ok()) {
            throw InvalidFieldsException.of(result.problems());
        }
        return result.exercise();
    }

    private void checkLinks(StudioId studio, Exercise exercise) {
        List<String> problems = new ArrayList<>();
        for (String link : exercise.regressions()) {
            if (link.equals(exercise.id()) || exercises.find(studio, link).isEmpty()) {
                problems.add("regressions: '" + link + "' is not an exercise in your library");
            }
        }
        for (String link : exercise.progressions()) {
            if (link.equals(exercise.id()) || exercises.find(studio, link).isEmpty()) {
                problems.add("progressions: '" + link + "' is not an exercise in your library");
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of(problems);
        }
    }

    private String newId(StudioId studio, String name) {
        String slug = slug(name);
        for (int attempt = 0; attempt < 10; attempt++) {
            String id = slug + "-" + Integer.toHexString(0x1000 + RANDOM.nextInt(0xf000));
            if (!exercises.builtInExists(id) && !exercises.studioExerciseExists(studio, id)) {
                return id;
            }
        }
        throw new IllegalStateException("Could not find a free id for " + name);
    }

    /** "Goblet Squat (tempo)" becomes "goblet-squat-tempo". */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (plain.isEmpty()) {
            plain = "exercise";
        }
        return plain.length() > 60 ? plain.substring(0, 60).replaceAll("-+$", "") : plain;
    }
}
