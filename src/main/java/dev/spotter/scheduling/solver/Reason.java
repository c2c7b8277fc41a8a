package dev.spotter.scheduling.solver;

import java.util.Objects;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Why one match of a constraint counts, in a sentence a trainer reads ("Jo is not qualified for Spin at Tue 18:00"). */
public record Reason(String sentence) implements ConstraintJustification, Comparable<Reason> {

    public Reason {
        Objects.requireNonNull(sentence, "sentence");
    }

    @Override
    public int compareTo(Reason other) {
        return sentence.compareTo(other.sentence);
    }

    @Override
    public String toString() {
        return sentence;
    }
}
