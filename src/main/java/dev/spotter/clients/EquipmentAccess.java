package dev.spotter.clients;

import java.util.EnumSet;
import java.util.Set;

import dev.spotter.exercises.Equipment;

/** Where a client can train, and the equipment each place gives them. */
public enum EquipmentAccess {
    HOME("Home, body weight", EnumSet.of(Equipment.NONE, Equipment.MAT, Equipment.CHAIR, Equipment.WALL,
            Equipment.STEP)),
    BANDS("Resistance bands", EnumSet.of(Equipment.BANDS, Equipment.MINI_BAND)),
    DUMBBELLS("Dumbbells", EnumSet.of(Equipment.DUMBBELL, Equipment.BENCH)),
    FULL_GYM("Full gym", EnumSet.complementOf(EnumSet.of(Equipment.POOL))),
    POOL("Pool", EnumSet.of(Equipment.POOL)),
    OUTDOORS("Outdoors", EnumSet.of(Equipment.NONE, Equipment.STEP, Equipment.JUMP_ROPE));

    private final String label;
    private final Set<Equipment> equipment;

    EquipmentAccess(String label, Set<Equipment> equipment) {
        this.label = label;
        this.equipment = equipment;
    }

    public String label() {
        return label;
    }

    public Set<Equipment> equipment() {
        return equipment;
    }
}
