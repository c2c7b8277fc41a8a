package dev.spotter.exercises.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.Modality;
import dev.spotter.exercises.Muscle;
import dev.spotter.exercises.SafetyTag;

/**
 * Finds safe alternatives to an exercise for one client, the way a trainer does: keep the movement pattern and
 * the main muscles if at all possible, and never offer anything the client must avoid, cannot equip, is not ready
 * for, or that hurts. Plain Java, deterministic, and fast enough to run over the whole library per request.
 *
 * <p>Hard rules (never broken): no excluded safety tag; only equipment the client has; no level above theirs; no
 * painful pattern; not the exercise itself; and, when the client has anything to avoid, no exercise whose safety
 * tags nobody has reviewed yet (an imported exercise without tags is unknown, not safe).
 */
public final class SubstitutionEngine {

    public static final int DEFAULT_LIMIT = 8;

    private static final int PATTERN_WEIGHT = 60;
    private static final int PRIMARY_WEIGHT = 30;
    private static final int SECONDARY_WEIGHT = 5;

    /** Ranks alternatives to {@code original} from {@code library} for {@code client}, best first. */
    public Substitution substitute(Exercise original, Collection<Exercise> library, ClientContext client,
                                   int limit) {
        Set<SafetyTag> conflicts = intersection(original.tags(), client.excludedTags());
        boolean originalFeasible = original.feasibleWith(client.availableEquipment());

        List<Alternative> alternatives = new ArrayList<>();
        Rejections rejections = new Rejections();
        for (Exercise candidate : library) {
            if (candidate.id().equals(original.id()) || !relevant(original, candidate)) {
                continue;
            }
            if (!rejections.admits(candidate, client)) {
                continue;
            }
            alternatives.add(new Alternative(candidate, score(original, candidate),
                    reason(original, candidate, client, conflicts, originalFeasible)));
        }
        alternatives.sort(Comparator.comparingInt(Alternative::score).reversed()
                .thenComparing(alternative -> alternative.exercise().name())
                .thenComparing(alternative -> alternative.exercise().id()));
        List<Alternative> best = alternatives.size() > limit ? alternatives.subList(0, limit) : alternatives;
        String explanation = best.isEmpty() ? rejections.explain(original) : null;
        return new Substitution(original, conflicts, originalFeasible, best, explanation);
    }

    public Substitution substitute(Exercise original, Collection<Exercise> library, ClientContext client) {
        return substitute(original, library, client, DEFAULT_LIMIT);
    }

    /** A substitute must train the same kind of thing and share the pattern or a main muscle. */
    static boolean relevant(Exercise original, Exercise candidate) {
        if (!compatible(original.modality(), candidate.modality())) {
            return false;
        }
        return original.pattern() == candidate.pattern()
                || original.primary().stream().anyMatch(candidate.primary()::contains);
    }

    private static boolean compatible(Modality a, Modality b) {
        if (a == b) {
            return true;
        }
        Set<Modality> loaded = EnumSet.of(Modality.STRENGTH, Modality.POWER);
        Set<Modality> explosive = EnumSet.of(Modality.POWER, Modality.PLYOMETRIC);
        return loaded.contains(a) && loaded.contains(b) || explosive.contains(a) && explosive.contains(b);
    }

    static int score(Exercise original, Exercise candidate) {
        int score = 0;
        if (original.pattern() == candidate.pattern()) {
            score += PATTERN_WEIGHT;
        }
        if (!original.primary().isEmpty()) {
            long shared = original.primary().stream().filter(candidate.primary()::contains).count();
            score += (int) (PRIMARY_WEIGHT * shared / original.primary().size());
        }
        if (!original.secondary().isEmpty()) {
            long shared = original.secondary().stream()
                    .filter(muscle -> candidate.primary().contains(muscle) || candidate.secondary().contains(muscle))
                    .count();
            score += (int) (SECONDARY_WEIGHT * shared / original.secondary().size());
        }
        if (original.modality() == candidate.modality()) {
            score += 5;
        }
        if (original.unilateral() == candidate.unilateral()) {
            score += 2;
        }
        if (original.equipment().equals(candidate.equipment())) {
            score += 3;
        }
        score -= 4 * Math.abs(original.level().ordinal() - candidate.level().ordinal());
        return score;
    }

    private static String reason(Exercise original, Exercise candidate, ClientContext client,
                                 Set<SafetyTag> conflicts, boolean originalFeasible) {
        List<String> parts = new ArrayList<>();
        List<String> shared = original.primary().stream().filter(candidate.primary()::contains)
                .sorted().map(muscle -> lower(muscle.label())).toList();
        if (original.pattern() == candidate.pattern()) {
            parts.add("keeps " + lower(original.pattern().label())
                    + (shared.isEmpty() ? "" : " and " + String.join(", ", shared)));
        } else if (!shared.isEmpty()) {
            parts.add("keeps " + String.join(", ", shared) + " with a " + lower(candidate.pattern().label())
                    + " movement");
        }
        List<String> avoided = conflicts.stream().filter(tag -> !candidate.tags().contains(tag)).sorted()
                .map(tag -> lower(tag.label())).toList();
        if (!avoided.isEmpty()) {
            parts.add("avoids " + String.join(", ", avoided));
        }
        if (client.painfulPatterns().contains(original.pattern())) {
            parts.add("moves away from the painful " + lower(original.pattern().label()) + " pattern");
        }
        if (!originalFeasible) {
            parts.add(candidate.equipment().equals(Set.of(Equipment.NONE)) ? "needs no equipment"
                    : "needs only " + candidate.equipment().stream().sorted().map(item -> lower(item.label()))
                            .collect(Collectors.joining(" and ")));
        }
        if (original.level().compareTo(client.maxLevel()) > 0 && candidate.level() != original.level()) {
            parts.add("suits " + article(candidate.level().label()) + " " + lower(candidate.level().label()));
        }
        if (parts.isEmpty()) {
            parts.add("a close alternative");
        }
        return String.join("; ", parts);
    }

    private static Set<SafetyTag> intersection(Set<SafetyTag> a, Set<SafetyTag> b) {
        Set<SafetyTag> result = EnumSet.noneOf(SafetyTag.class);
        for (SafetyTag tag : a) {
            if (b.contains(tag)) {
                result.add(tag);
            }
        }
        return result;
    }

    private static String lower(String label) {
        return label.toLowerCase(Locale.ROOT);
    }

    private static String article(String word) {
        return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    /** Counts why relevant candidates were turned away, to explain an empty answer. */
    private static final class Rejections {

        private int relevant;
        private int unsafe;
        private int unreviewed;
        private int equipment;
        private int level;
        private int painful;
        private final Set<String> tagNames = new LinkedHashSet<>();

        boolean admits(Exercise candidate, ClientContext client) {
            relevant++;
            boolean ok = true;
            for (SafetyTag tag : candidate.tags()) {
                if (client.excludedTags().contains(tag)) {
                    tagNames.add(lower(tag.label()));
                    ok = false;
                }
            }
            if (!ok) {
                unsafe++;
            }
            if (!client.excludedTags().isEmpty() && !candidate.tagsReviewed()) {
                unreviewed++;
                ok = false;
            }
            if (!candidate.feasibleWith(client.availableEquipment())) {
                equipment++;
                ok = false;
            }
            if (candidate.level().compareTo(client.maxLevel()) > 0) {
                level++;
                ok = false;
            }
            if (client.painfulPatterns().contains(candidate.pattern())) {
                painful++;
                ok = false;
            }
            return ok;
        }

        String explain(Exercise original) {
            String what = "the " + lower(original.pattern().label()) + " pattern or "
                    + original.primary().stream().sorted().map(muscle -> lower(muscle.label()))
                    .collect(Collectors.joining(", "));
            if (relevant == 0) {
                return "Nothing else in the library trains " + what + ".";
            }
            List<String> reasons = new ArrayList<>();
            if (unsafe > 0) {
                reasons.add(unsafe + " involve " + String.join(", ", tagNames));
            }
            if (unreviewed > 0) {
                reasons.add(unreviewed + " have safety tags nobody has reviewed");
            }
            if (equipment > 0) {
                reasons.add(equipment + " need equipment the client does not have");
            }
            if (level > 0) {
                reasons.add(level + " are above the client's level");
            }
            if (painful > 0) {
                reasons.add(painful + " use a movement that currently hurts");
            }
            return "No safe alternative: of " + relevant + " exercises that train " + what + ", "
                    + String.join("; ", reasons) + ". Adapt the session with the client's clinician or coach "
                    + "the movement without load.";
        }
    }
}
