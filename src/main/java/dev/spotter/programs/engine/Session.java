package dev.spotter.programs.engine;

import java.util.List;
import java.util.stream.Stream;

/**
 * One training day: the day of the week it falls on (1 = Monday), its name and focus ("Upper A", "Lower body
 * strength"), and its blocks in order.
 */
public record Session(int day, String name, String focus, List<Block> blocks) {

    public Session {
        if (day < 1 || day > 7) {
            throw new IllegalArgumentException("A session falls on day 1 (Monday) to 7 (Sunday)");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A session has a name");
        }
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    public Stream<Prescription> prescriptions() {
        return blocks.stream().flatMap(block -> block.items().stream());
    }
}
