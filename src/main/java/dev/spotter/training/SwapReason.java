package dev.spotter.training;

/** Why an exercise was swapped during a workout, as the client says it (and once as Spotter says it). */
public enum SwapReason {
    BUSY("The equipment was taken"),
    NO_EQUIPMENT("I don't have the equipment"),
    PAIN("It hurt or felt wrong"),
    TOO_HARD("Too hard for me today"),
    TOO_EASY("Too easy"),
    OTHER("Another reason"),
    /** Spotter's own swap: the client reported pain in this movement and the session avoids it. */
    PAIN_AVOIDED("Avoided: pain reported in this movement");

    private final String label;

    SwapReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a client may give this reason; PAIN_AVOIDED is Spotter's. */
    public boolean chosenByClient() {
        return this != PAIN_AVOIDED;
    }
}
