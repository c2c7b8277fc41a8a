package dev.spotter.scheduling.solver;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A room classes run in, with how many people it holds and the equipment in it. Two rooms are the same room when
 * their ids match.
 */
public record Room(String id, String name, int capacity, Set<String> equipment) {

    public Room {
        id = Checks.named(id, "A room's id");
        name = Checks.named(name, "The name of room " + id);
        equipment = Set.copyOf(Objects.requireNonNull(equipment, "equipment of " + name));
        if (capacity <= 0) {
            throw new IllegalArgumentException("The capacity of " + name + " must be positive, was " + capacity);
        }
    }

    public boolean fits(ClassType classType) {
        return capacity >= classType.expectedAttendance();
    }

    public boolean hasEquipmentFor(ClassType classType) {
        return equipment.containsAll(classType.equipment());
    }

    /** What the class needs that the room lacks, in alphabetical order. */
    public Set<String> missingFor(ClassType classType) {
        Set<String> missing = new HashSet<>(classType.equipment());
        missing.removeAll(equipment);
        return new TreeSet<>(missing);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Room room && room.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
