package dev.spotter.programs.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.Level;
import dev.spotter.exercises.LoadType;
import dev.spotter.exercises.Modality;
import dev.spotter.exercises.Muscle;
import dev.spotter.exercises.Population;
import dev.spotter.exercises.SafetyTag;
import dev.spotter.exercises.engine.Alternative;
import dev.spotter.exercises.engine.ClientContext;
import dev.spotter.exercises.engine.Substitution;
import dev.spotter.exercises.engine.SubstitutionEngine;

/**
 * Fills a slot with an exercise the way a trainer would: the best fit for the pattern and the client's level,
 * specialisation and likes, never one they must avoid. When the natural first choice is unsafe for this client,
 * the substitution engine supplies a safe alternative and its reason becomes part of the prescription's "why".
 * Ties are broken with the program's seed, so the same inputs and seed always give the same program.
 */
final class ExercisePicker {

    /** An exercise for a slot, and why it was chosen. */
    record Choice(Exercise exercise, List<Reason> reasons) {
    }

    /** Candidates within this many points of the best are near-equals the seed may choose between. */
    private static final int CLOSE_SCORE = 6;

    /** Vigorous activity starts at 6 METs (Garber 2011); intervals need an activity that can get there. */
    private static final double VIGOROUS_MET = 6.0;

    private final List<Exercise> library;
    private final Athlete athlete;
    private final Specialisation specialisation;
    private final Random random;
    private final Level maxLevel;
    private final ClientContext context;
    private final SubstitutionEngine substitution = new SubstitutionEngine();
    private final Map<String, Integer> usedInProgram = new HashMap<>();
    private Map<Muscle, Integer> focus = Map.of();

    ExercisePicker(List<Exercise> library, Athlete athlete, Specialisation specialisation, Random random) {
        this.library = library;
        this.athlete = athlete;
        this.specialisation = specialisation;
        this.random = random;
        this.maxLevel = maxLevel(athlete);
        this.context = new ClientContext(athlete.avoid(), athlete.equipment(), maxLevel, athlete.painful());
    }

    static Level maxLevel(Athlete athlete) {
        Level level = athlete.experience() == null ? Level.BEGINNER : athlete.experience().level();
        // Youth programs stay with technique-first exercises (NSCA 2009).
        return athlete.youth() && level == Level.ADVANCED ? Level.INTERMEDIATE : level;
    }

    /** Whether the client may do this exercise at all: tags, reviewed tags, equipment, level, pain, dislikes. */
    boolean safe(Exercise exercise) {
        for (SafetyTag tag : exercise.tags()) {
            if (athlete.avoid().contains(tag)) {
                return false;
            }
        }
        if (!athlete.avoid().isEmpty() && !exercise.tagsReviewed()) {
            return false;
        }
        return exercise.feasibleWith(equipment()) && exercise.level().compareTo(maxLevel) <= 0
                && !athlete.painful().contains(exercise.pattern()) && !athlete.disliked().contains(exercise.id());
    }

    private Set<Equipment> equipment() {
        return athlete.equipment() == null ? EnumSet.allOf(Equipment.class) : athlete.equipment();
    }

    /**
     * The best safe exercise for the slot, or null when nothing in the library is safe for it, preferring warm-up
     * and cool-down drills for the muscles the session trains most ({@code focus}: how many of its exercises work
     * each muscle).
     */
    Choice pick(Slot slot, Set<String> usedInSession, Map<Muscle, Integer> focus) {
        this.focus = focus;
        List<Exercise> fitting = library.stream()
                .filter(exercise -> fits(slot, exercise) && !usedInSession.contains(exercise.id()))
                .filter(exercise -> exercise.feasibleWith(equipment())
                        && exercise.level().compareTo(maxLevel) <= 0)
                .sorted(Comparator.comparingInt((Exercise exercise) -> -score(slot, exercise))
                        .thenComparing(Exercise::id))
                .toList();
        if (fitting.isEmpty()) {
            return null;
        }
        Exercise natural = fitting.get(0);
        List<Exercise> safe = fitting.stream().filter(this::safe).toList();
        if (safe(natural)) {
            Exercise chosen = chooseAmongBest(slot, safe);
            return remember(chosen, selectionReason(slot, chosen));
        }
        Substitution swap = substitution.substitute(natural, library, context, 12);
        // Keep the slot's own pattern if anything safe has it; the engine's ranking explains the swap when it can.
        for (int tier = 0; tier < 3; tier++) {
            for (Alternative alternative : swap.alternatives()) {
                Exercise candidate = alternative.exercise();
                if (inTier(slot, candidate, tier) && fits(slot, candidate)
                        && !usedInSession.contains(candidate.id()) && safe(candidate)) {
                    return remember(candidate, substituted(slot, candidate, natural, alternative.reason()));
                }
            }
            final int level = tier;
            List<Exercise> inTier = safe.stream().filter(candidate -> inTier(slot, candidate, level)).toList();
            if (!inTier.isEmpty()) {
                Exercise chosen = chooseAmongBest(slot, inTier);
                return remember(chosen, substituted(slot, chosen, natural, null));
            }
        }
        return null;
    }

    private static boolean inTier(Slot slot, Exercise candidate, int tier) {
        return switch (tier) {
            case 0 -> slot.patterns().isEmpty() || slot.patterns().get(0) == candidate.pattern();
            case 1 -> slot.patterns().isEmpty() || slot.patterns().contains(candidate.pattern());
            default -> true;
        };
    }

    private List<Reason> substituted(Slot slot, Exercise chosen, Exercise natural, String engineReason) {
        List<Reason> reasons = new ArrayList<>(selectionReason(slot, chosen));
        reasons.add(new Reason("selection.substituted", "Chosen instead of " + natural.name() + ", which "
                + conflict(natural) + (engineReason == null ? "." : ": " + engineReason + "."),
                Sources.ACSM_SCREENING_2015));
        return reasons;
    }

    private Choice remember(Exercise exercise, List<Reason> reasons) {
        usedInProgram.merge(exercise.id(), 1, Integer::sum);
        return new Choice(exercise, reasons);
    }

    private Exercise chooseAmongBest(Slot slot, List<Exercise> safe) {
        // Re-rank: the earlier sort used scores before reuse within the program was known for all candidates.
        List<Exercise> ranked = safe.stream()
                .sorted(Comparator.comparingInt((Exercise exercise) -> -score(slot, exercise))
                        .thenComparing(Exercise::id))
                .toList();
        // Variety only among near-equals: a close second may be chosen, never a worse fit for the slot.
        int best = score(slot, ranked.get(0));
        int close = 1;
        while (close < Math.min(3, ranked.size()) && score(slot, ranked.get(close)) >= best - CLOSE_SCORE) {
            close++;
        }
        double roll = random.nextDouble();
        int index = roll < 0.6 ? 0 : roll < 0.85 ? 1 : 2;
        return ranked.get(Math.min(index, close - 1));
    }

    private String conflict(Exercise natural) {
        List<String> parts = new ArrayList<>();
        List<String> tags = natural.tags().stream().filter(athlete.avoid()::contains).sorted()
                .map(tag -> tag.label().toLowerCase()).toList();
        if (!tags.isEmpty()) {
            parts.add("involves " + String.join(", ", tags));
        }
        if (!athlete.avoid().isEmpty() && !natural.tagsReviewed()) {
            parts.add("has safety tags nobody has reviewed");
        }
        if (athlete.painful().contains(natural.pattern())) {
            parts.add("uses a movement that hurts");
        }
        if (athlete.disliked().contains(natural.id())) {
            parts.add("the client dislikes");
        }
        return parts.isEmpty() ? "does not suit this client" : String.join(" and ", parts);
    }

    static boolean fits(Slot slot, Exercise exercise) {
        if (!slot.modalities().contains(exercise.modality())) {
            return false;
        }
        if (slot.key().equals("intervals") && !intervalFormat(exercise)
                && (exercise.met() == null || exercise.met().value() < VIGOROUS_MET)) {
            return false;
        }
        if (!slot.patterns().isEmpty() && !slot.patterns().contains(exercise.pattern())) {
            return false;
        }
        return slot.muscles().isEmpty() || exercise.primary().stream().anyMatch(slot.muscles()::contains);
    }

    private int score(Slot slot, Exercise exercise) {
        int score = 0;
        int patternIndex = slot.patterns().indexOf(exercise.pattern());
        if (patternIndex >= 0) {
            score += switch (patternIndex) {
                case 0 -> 30;
                case 1 -> 12;
                default -> 4;
            };
        }
        int gap = maxLevel.ordinal() - exercise.level().ordinal();
        if (slot.block().countsAsHardSets()) {
            score += gap == 0 ? 10 : gap == 1 ? 6 : 0;
        } else {
            // Warm-ups, cardio, balance and stretching are for easing in, not for showing skill.
            score += exercise.level() == Level.BEGINNER ? 8 : 0;
        }
        for (Muscle muscle : exercise.primary()) {
            score += 2 * focus.getOrDefault(muscle, 0);
        }
        if (athlete.youth() && exercise.populations().contains(Population.YOUTH)) {
            score += 8;
        }
        boolean olderAdult = athlete.senior() || specialisation == Specialisation.SENIOR;
        if (exercise.populations().equals(Set.of(Population.SENIOR))) {
            // Chair-supported versions are made for older adults; younger clients get the standard ones.
            score += olderAdult ? 12 : athlete.youth() || athlete.age() == null || athlete.age() < 50 ? -10 : -4;
        }
        if (athlete.preferred().contains(exercise.id())) {
            score += 25;
        }
        score -= 12 * usedInProgram.getOrDefault(exercise.id(), 0);
        score += blockPreference(slot, exercise);
        if (slot.block() == BlockKind.STRENGTH || slot.block() == BlockKind.ACCESSORY) {
            score += loadingPreference(exercise);
        }
        score -= exercise.tags().size();
        return score;
    }

    private int blockPreference(Slot slot, Exercise exercise) {
        int score = 0;
        boolean external = exercise.load() == LoadType.EXTERNAL;
        switch (slot.block()) {
            case STRENGTH -> {
                if (exercise.primary().size() >= 2) {
                    score += 4;
                }
                if (specialisation == Specialisation.STRENGTH || specialisation
                        == Specialisation.STRENGTH_CONDITIONING) {
                    score += exercise.equipment().contains(Equipment.BARBELL) ? 12 : external ? 6 : 0;
                } else if (specialisation == Specialisation.MUSCLE_GAIN) {
                    score += external ? 8 : 0;
                } else if (specialisation == Specialisation.SENIOR || athlete.senior()) {
                    score += exercise.equipment().contains(Equipment.BARBELL) ? -8 : 0;
                } else {
                    score += external ? 4 : 2;
                }
                if (slot.key().contains("single-leg") && exercise.unilateral()) {
                    score += 5;
                }
            }
            case ACCESSORY -> {
                score += external ? 3 : 0;
                if (slot.key().contains("single-leg") && exercise.unilateral()) {
                    score += 5;
                }
            }
            case WARM_UP -> {
                // Moving drills, not held stretches, before training.
                score += exercise.load() == LoadType.BODYWEIGHT ? 14 : 0;
                score += exercise.modality() == Modality.CARDIO && intervalFormat(exercise) ? -30 : 0;
                score += exercise.modality() == Modality.CARDIO && exercise.tags().isEmpty() ? 4 : 0;
            }
            // Held stretches, not moving drills, to finish.
            case COOL_DOWN, MOBILITY -> score += exercise.load() == LoadType.TIME ? 14 : 0;
            case CONDITIONING -> {
                score += exercise.load() == LoadType.TIME ? 6 : 0;
                // Low-impact machines and walking suit most clients; running suits those already running.
                score += exercise.tags().isEmpty() ? 4 : 0;
                // The library names interval formats as such: they belong in interval slots only.
                score += intervalFormat(exercise) == slot.key().equals("intervals") ? 20 : -20;
            }
            case POWER -> score += exercise.modality() == Modality.PLYOMETRIC && athlete.youth() ? 4 : 0;
            case BALANCE -> score += exercise.equipment().contains(Equipment.CHAIR) ? 3 : 0;
        }
        return score;
    }

    private static boolean intervalFormat(Exercise exercise) {
        return exercise.id().contains("interval");
    }

    /** Bands are a fine substitute, but with free weights, cables or machines at hand those load better. */
    private int loadingPreference(Exercise exercise) {
        Set<Equipment> at = equipment();
        boolean weights = at.contains(Equipment.DUMBBELL) || at.contains(Equipment.BARBELL)
                || at.contains(Equipment.MACHINE) || at.contains(Equipment.CABLE);
        boolean banded = exercise.equipment().contains(Equipment.BANDS) || exercise.equipment().contains(
                Equipment.MINI_BAND);
        return weights && banded ? -8 : 0;
    }

    private List<Reason> selectionReason(Slot slot, Exercise exercise) {
        String fit = slot.purpose() + ": " + exercise.name() + " suits " + levelPhrase(exercise) + equipmentPhrase(
                exercise) + ".";
        return List.of(new Reason("selection." + slot.block().name().toLowerCase(), fit,
                Sources.ACSM_PROGRESSION_2009));
    }

    private String levelPhrase(Exercise exercise) {
        return "a client at " + (athlete.experience() == null ? "this" : athlete.experience().label().toLowerCase())
                + " level (" + exercise.level().label().toLowerCase() + " exercise)";
    }

    private static String equipmentPhrase(Exercise exercise) {
        if (exercise.equipment().equals(Set.of(Equipment.NONE))) {
            return " and needs no equipment";
        }
        return " with " + String.join(" and ", exercise.equipment().stream().sorted()
                .filter(item -> item != Equipment.NONE).map(item -> item.label().toLowerCase()).toList());
    }
}
