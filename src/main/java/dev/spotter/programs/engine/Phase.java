package dev.spotter.programs.engine;

import java.util.List;

/** A mesocycle: a run of weeks with one aim ("Foundation", "Accumulation"), ending in a deload week. */
public record Phase(String name, String aim, List<Week> weeks) {

    public Phase {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A phase has a name");
        }
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
    }
}
