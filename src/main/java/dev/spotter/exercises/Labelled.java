package dev.spotter.exercises;

/** A value with the words a trainer reads for it. */
public interface Labelled {

    String label();
}
