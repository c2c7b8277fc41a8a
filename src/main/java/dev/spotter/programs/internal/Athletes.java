package dev.spotter.programs.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.Client;
import dev.spotter.clients.Experience;
import dev.spotter.clients.SafetyProfile;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.ExerciseCatalog;
import dev.spotter.exercises.Level;
import dev.spotter.exercises.engine.ClientContext;
import dev.spotter.programs.engine.Athlete;
import dev.spotter.programs.engine.Program;

/**
 * Describes a client the way the program engine sees them: their profile and safety profile on a given day, with
 * the exercises they named as liked or disliked matched to the studio's library.
 */
public final class Athletes {

    private Athletes() {
    }

    public static Athlete of(Client client, SafetyProfile safety, LocalDate today, Collection<Exercise> library) {
        return new Athlete(client.age(today), client.experience(), client.primaryGoal(), client.secondaryGoals(),
                client.daysAvailable(), client.minutesPerSession(), safety.equipment(),
                exerciseIds(client.preferredExercises(), library), exerciseIds(client.dislikedExercises(), library),
                safety.avoid(), Set.of(), safety.clearance(), safety.ceiling(), client.restingHeartRate());
    }

    /**
     * Who a studio template is checked against while it belongs to nobody: an adult with no restrictions beyond
     * the ceiling the template was written under. Applying it to a client checks it again against them.
     */
    public static Athlete neutral(Program program) {
        return new Athlete(null, null, null, Set.of(), program.daysPerWeek(), program.minutesPerSession(), null,
                Set.of(), Set.of(), Set.of(), Set.of(), ClearanceStatus.NOT_REQUIRED, program.ceiling(), null);
    }

    /** What a safe substitute must respect for this athlete. */
    public static ClientContext context(Athlete athlete) {
        return new ClientContext(athlete.avoid(), athlete.equipment(), level(athlete.experience()),
                athlete.painful());
    }

    static Level level(Experience experience) {
        return experience == null ? Level.ADVANCED : experience.level();
    }

    /**
     * Clients name exercises in their own words ("squats", "Goblet squat"); each is matched to an exercise by id,
     * name, alias or slug, and words that match nothing are left out.
     */
    static Set<String> exerciseIds(List<String> words, Collection<Exercise> library) {
        Set<String> ids = new LinkedHashSet<>();
        for (String word : words) {
            String wanted = word.strip().toLowerCase(Locale.ROOT);
            String slug = ExerciseCatalog.slug(word);
            String singular = slug.endsWith("s") ? slug.substring(0, slug.length() - 1) : slug;
            library.stream()
                    .filter(exercise -> exercise.id().equals(slug) || exercise.id().equals(singular)
                            || exercise.name().toLowerCase(Locale.ROOT).equals(wanted)
                            || exercise.aliases().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT)
                            .equals(wanted)))
                    .findFirst()
                    .ifPresent(exercise -> ids.add(exercise.id()));
        }
        return ids;
    }
}
