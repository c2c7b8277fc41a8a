package dev.spotter.exercises.engine;

import java.util.EnumSet;
import java.util.Set;

import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Level;
import dev.spotter.exercises.Pattern;
import dev.spotter.exercises.SafetyTag;

/**
 * What a substitute must respect for one client: tags to avoid (from screening, injuries and clinicians),
 * the equipment at hand ({@code null} means anything), the highest level they train at, and movements that
 * currently hurt.
 */
public record ClientContext(Set<SafetyTag> excludedTags, Set<Equipment> equipment, Level maxLevel,
                            Set<Pattern> painfulPatterns) {

    public ClientContext {
        excludedTags = excludedTags == null || excludedTags.isEmpty() ? Set.of() : Set.copyOf(excludedTags);
        equipment = equipment == null ? null : Set.copyOf(equipment);
        maxLevel = maxLevel == null ? Level.ADVANCED : maxLevel;
        painfulPatterns = painfulPatterns == null || painfulPatterns.isEmpty() ? Set.of()
                : Set.copyOf(painfulPatterns);
    }

    /** No restrictions: any equipment, any level, nothing to avoid. */
    public static ClientContext unrestricted() {
        return new ClientContext(Set.of(), null, Level.ADVANCED, Set.of());
    }

    public Set<Equipment> availableEquipment() {
        return equipment == null ? EnumSet.allOf(Equipment.class) : equipment;
    }
}
