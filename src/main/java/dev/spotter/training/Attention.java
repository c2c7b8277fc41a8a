package dev.spotter.training;

/** Something in a client's training their coach should look at, in the coach's words. */
public record Attention(Kind kind, String text, boolean urgent) {

    /** What needs attention. */
    public enum Kind {
        PAIN, BEHIND_PLAN, NO_RECENT_SESSION, LOAD_SPIKE
    }
}
