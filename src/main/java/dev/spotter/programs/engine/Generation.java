package dev.spotter.programs.engine;

import java.util.List;

/** What the generator answers: a draft program, or the list of what it needs first and why. */
public sealed interface Generation {

    /** A program drafted for the client. */
    record Drafted(Program program) implements Generation {
    }

    /** The generator cannot write a safe program yet; each item names the missing or blocking field. */
    record Refused(List<Missing> missing) implements Generation {

        public Refused {
            missing = List.copyOf(missing);
        }
    }

    /** A field the generator needs, and why, in the trainer's words. */
    record Missing(String field, String message) {
    }
}
