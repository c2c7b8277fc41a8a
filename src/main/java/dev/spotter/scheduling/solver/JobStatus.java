package dev.spotter.scheduling.solver;

/** Where an asynchronous timetable job is. */
public enum JobStatus {
    /** Waiting for a free solver thread. */
    NOT_STARTED,
    SOLVING,
    /** Finished by its limits; the best timetable is final. */
    DONE,
    /** Stopped on request; the best timetable so far is kept. */
    STOPPED,
    /** The solver failed; the progress carries the error. */
    FAILED
}
