package dev.spotter.science.activity;

/** Thrown when a device file cannot be imported, with the reason in words a client can act on. */
public class ActivityFileRejected extends RuntimeException {

    private final String reason;

    public ActivityFileRejected(String reason) {
        super("The activity file was not imported: " + reason);
        this.reason = reason;
    }

    public ActivityFileRejected(String reason, Throwable cause) {
        super("The activity file was not imported: " + reason, cause);
        this.reason = reason;
    }

    /** Why the file was refused, for instance "the file has no track points". */
    public String reason() {
        return reason;
    }
}
