package dev.spotter.programs.engine;

import java.util.List;
import java.util.Set;

import dev.spotter.exercises.Modality;
import dev.spotter.exercises.Muscle;
import dev.spotter.exercises.Pattern;

/**
 * A place in a session the generator fills with one exercise: the block it belongs to, the kinds of exercise that
 * fit (modalities, patterns in order of preference, and for single-joint work the muscles it should hit), and
 * what it is for, in words that end up in the prescription's reason.
 */
record Slot(String key, BlockKind block, Set<Modality> modalities, List<Pattern> patterns, Set<Muscle> muscles,
            String purpose) {

    Slot {
        modalities = Set.copyOf(modalities);
        patterns = List.copyOf(patterns);
        muscles = muscles == null ? Set.of() : Set.copyOf(muscles);
    }

    static Slot strength(String key, String purpose, Pattern... patterns) {
        return new Slot(key, BlockKind.STRENGTH, Set.of(Modality.STRENGTH), List.of(patterns), Set.of(), purpose);
    }

    static Slot accessory(String key, String purpose, Pattern... patterns) {
        return new Slot(key, BlockKind.ACCESSORY, Set.of(Modality.STRENGTH), List.of(patterns), Set.of(), purpose);
    }

    static Slot isolation(String key, String purpose, Muscle... muscles) {
        return new Slot(key, BlockKind.ACCESSORY, Set.of(Modality.STRENGTH), List.of(Pattern.ISOLATION),
                Set.of(muscles), purpose);
    }

    static Slot power(String key, String purpose) {
        return new Slot(key, BlockKind.POWER, Set.of(Modality.POWER, Modality.PLYOMETRIC), List.of(), Set.of(),
                purpose);
    }

    static Slot balance(String key, String purpose) {
        return new Slot(key, BlockKind.BALANCE, Set.of(Modality.BALANCE), List.of(), Set.of(), purpose);
    }

    static Slot cardio(String key, String purpose) {
        return new Slot(key, BlockKind.CONDITIONING, Set.of(Modality.CARDIO), List.of(), Set.of(), purpose);
    }

    static Slot mobility(String key, BlockKind block, String purpose) {
        return new Slot(key, block, Set.of(Modality.MOBILITY), List.of(), Set.of(), purpose);
    }
}
