package dev.spotter.platform.api;

/** A value that breaks a rule; the API answers 400 naming the field, the web shows the message next to it. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The problem as one line for a message at the top of a page: "phone must be a phone number". */
    public String describe() {
        return field + " " + getMessage();
    }
}
