package dev.spotter.programs.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.EquipmentAccess;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.programs.engine.Athlete;
import dev.spotter.programs.engine.Generation;
import dev.spotter.programs.engine.Program;
import dev.spotter.programs.engine.ProgramGenerator;
import dev.spotter.programs.engine.Specialisation;

/**
 * Spotter's built-in templates: curated archetypes of the clients trainers meet most, each an athlete, a
 * specialisation, a length and a fixed seed. They are not stored; the generator drafts one whenever a trainer
 * previews or applies it, so they always follow the current rules and library.
 */
public final class BuiltInTemplates {

    public static final String PREFIX = "builtin:";

    /** One archetype: what the trainer reads about it, and what the generator is given. */
    public record Archetype(String id, String title, String description, Specialisation specialisation, int weeks,
                            long seed, Athlete athlete) {

        public int daysPerWeek() {
            return athlete.daysAvailable();
        }
    }

    private static final List<Archetype> ALL = List.of(
            new Archetype(PREFIX + "beginner-full-body-home", "Beginner full body, 3 days, home",
                    "Three whole-body sessions with body weight, a chair and bands, for someone starting out.",
                    Specialisation.GENERAL_FITNESS, 8, 1001,
                    athlete(35, Experience.NONE, Goal.GENERAL_HEALTH, 3, 40, IntensityCeiling.MODERATE,
                            EquipmentAccess.HOME, EquipmentAccess.BANDS)),
            new Archetype(PREFIX + "upper-lower-hypertrophy-gym", "Upper/lower hypertrophy, 4 days, gym",
                    "Upper and lower days twice a week with enough hard sets per muscle to grow.",
                    Specialisation.MUSCLE_GAIN, 12, 1002,
                    athlete(28, Experience.INTERMEDIATE, Goal.MUSCLE_GAIN, 4, 60, IntensityCeiling.VIGOROUS,
                            EquipmentAccess.FULL_GYM)),
            new Archetype(PREFIX + "strength-foundations-barbell", "Strength foundations, 3 days, barbell",
                    "The main barbell lifts learnt and loaded a little more each session.",
                    Specialisation.STRENGTH, 12, 1003,
                    athlete(30, Experience.BEGINNER, Goal.STRENGTH, 3, 60, IntensityCeiling.VIGOROUS,
                            EquipmentAccess.FULL_GYM)),
            new Archetype(PREFIX + "senior-strength-balance", "Senior strength and balance, 2-3 days",
                    "Strength, power and balance for independence and fewer falls, with a chair close by.",
                    Specialisation.SENIOR, 12, 1004,
                    athlete(70, Experience.BEGINNER, Goal.GENERAL_HEALTH, 3, 45, IntensityCeiling.MODERATE,
                            EquipmentAccess.HOME, EquipmentAccess.BANDS, EquipmentAccess.DUMBBELLS)),
            new Archetype(PREFIX + "youth-athletic-development", "Youth athletic development, 3 days",
                    "Movement skill, landing and technique first, for young athletes; never maximal loads.",
                    Specialisation.YOUTH, 8, 1005,
                    athlete(14, Experience.BEGINNER, Goal.SPORT_PERFORMANCE, 3, 60, IntensityCeiling.VIGOROUS,
                            EquipmentAccess.FULL_GYM)),
            new Archetype(PREFIX + "cardio-base-builder", "Cardio base builder, 3 days",
                    "Steady aerobic minutes in heart-rate zones, with strength twice a week.",
                    Specialisation.ENDURANCE, 8, 1006,
                    athlete(40, Experience.BEGINNER, Goal.CARDIOVASCULAR_HEALTH, 3, 45, IntensityCeiling.MODERATE,
                            EquipmentAccess.FULL_GYM, EquipmentAccess.OUTDOORS)),
            new Archetype(PREFIX + "weight-loss-starter", "Weight loss starter, 3 days",
                    "Full-body strength to keep muscle and cardio to spend energy, starting gently.",
                    Specialisation.WEIGHT_LOSS, 8, 1007,
                    athlete(45, Experience.NONE, Goal.WEIGHT_LOSS, 3, 45, IntensityCeiling.MODERATE,
                            EquipmentAccess.HOME, EquipmentAccess.DUMBBELLS, EquipmentAccess.OUTDOORS)));

    private BuiltInTemplates() {
    }

    public static List<Archetype> all() {
        return ALL;
    }

    public static boolean builtIn(String id) {
        return id != null && id.startsWith(PREFIX);
    }

    public static Optional<Archetype> find(String id) {
        return ALL.stream().filter(archetype -> archetype.id().equals(id)).findFirst();
    }

    /**
     * Drafts the archetype's program from the built-in exercises as the studio sees them; the studio's own and
     * imported exercises are left out, so a built-in template reads the same in every studio.
     */
    public static Program draft(Archetype archetype, Collection<Exercise> library) {
        List<Exercise> builtIn = library.stream()
                .filter(exercise -> exercise.origin() == Exercise.Origin.BUILT_IN
                        || exercise.origin() == Exercise.Origin.OVERRIDE)
                .toList();
        Generation generation = new ProgramGenerator(builtIn).generate(archetype.athlete(),
                archetype.specialisation(), archetype.weeks(), archetype.seed());
        if (generation instanceof Generation.Drafted drafted) {
            return drafted.program().withTitle(archetype.title());
        }
        throw new IllegalStateException("The built-in template " + archetype.id() + " could not be drafted: "
                + ((Generation.Refused) generation).missing());
    }

    private static Athlete athlete(int age, Experience experience, Goal goal, int days, int minutes,
                                   IntensityCeiling ceiling, EquipmentAccess... access) {
        Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
        for (EquipmentAccess place : access) {
            equipment.addAll(place.equipment());
        }
        return new Athlete(age, experience, goal, Set.of(), days, minutes, equipment, Set.of(), Set.of(), Set.of(),
                Set.of(), ClearanceStatus.NOT_REQUIRED, ceiling, null);
    }
}
