package dev.spotter.exercises.internal;

import java.util.List;

/** A file that cannot be imported as it is; nothing was written. Each problem names its line or record. */
public class ImportRejected extends RuntimeException {

    private final List<String> problems;

    public ImportRejected(List<String> problems) {
        super("The file was not imported: " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
