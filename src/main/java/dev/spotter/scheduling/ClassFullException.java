package dev.spotter.scheduling;

import dev.spotter.platform.api.ConflictException;

/** The class has no place left: a 409 whose message offers the waitlist instead. */
public class ClassFullException extends ConflictException {

    public ClassFullException(String className) {
        super("startsAt", className + " is full; join the waitlist and you will be given the next place that "
                + "comes free");
    }
}
