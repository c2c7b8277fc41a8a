package dev.spotter.clients;

import java.util.Set;

import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.SafetyTag;

/**
 * What every programme and session must respect for one client: the tags to avoid (from their active conditions),
 * the intensity ceiling (from screening, clearance and conditions), the clearance status, and the equipment they
 * can use.
 */
public record SafetyProfile(ClearanceStatus clearance, IntensityCeiling ceiling, Set<SafetyTag> avoid,
                            Set<Equipment> equipment) {

    public SafetyProfile {
        avoid = Set.copyOf(avoid);
        equipment = equipment == null ? null : Set.copyOf(equipment);
    }
}
