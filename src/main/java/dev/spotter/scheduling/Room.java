package dev.spotter.scheduling;

import java.util.List;
import java.util.UUID;

/** A room at a location: how many people fit and what equipment it has. */
public record Room(UUID id, UUID locationId, String name, int capacity, List<String> equipment) {

    public Room {
        equipment = List.copyOf(equipment);
    }
}
