package dev.spotter.platform.api;

/** The request clashes with what already exists (a registered email, a pending invitation): 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
