package dev.spotter.programs.engine;

import java.util.List;

/** A part of a session (warm-up, main strength, conditioning...) and its prescriptions in order. */
public record Block(BlockKind kind, List<Prescription> items) {

    public Block {
        if (kind == null) {
            throw new IllegalArgumentException("A block has a kind");
        }
        items = items == null ? List.of() : List.copyOf(items);
    }
}
