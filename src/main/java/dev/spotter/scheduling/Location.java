package dev.spotter.scheduling;

import java.util.List;
import java.util.UUID;

/** A place the studio trains at, with its rooms. */
public record Location(UUID id, String name, String address, List<Room> rooms) {

    public Location {
        rooms = List.copyOf(rooms);
    }
}
