package dev.spotter.programs;

import java.util.List;

import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.programs.engine.Generation;

/**
 * The generator cannot write a safe program for the client yet. Each missing field is reported like any invalid
 * field (400 in the API), and pages list them with what to do about each.
 */
public class GenerationRefused extends InvalidFieldsException {

    private final List<Generation.Missing> missing;

    public GenerationRefused(List<Generation.Missing> missing) {
        super(missing.stream().map(item -> new Problem(item.field(), item.message())).toList());
        this.missing = List.copyOf(missing);
    }

    public List<Generation.Missing> missing() {
        return missing;
    }
}
