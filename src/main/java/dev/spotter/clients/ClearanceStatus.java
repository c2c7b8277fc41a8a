package dev.spotter.clients;

/** Where a client stands on medical clearance for exercise. */
public enum ClearanceStatus {
    /** No finished screening yet. */
    NOT_SCREENED("Not screened"),
    /** Screening found no reason to ask a clinician first. */
    NOT_REQUIRED("Clearance not needed"),
    /** Clearance is recommended before vigorous exercise; moderate work may continue. */
    RECOMMENDED_FOR_VIGOROUS("Clearance needed for vigorous work"),
    /** Clearance is recommended before any exercise. */
    RECOMMENDED("Clearance needed before training"),
    /** A clinician has cleared the client, possibly with restrictions. */
    CLEARED("Cleared by a clinician");

    private final String label;

    ClearanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the client may not train at all until a clinician clears them. */
    public boolean blocksTraining() {
        return this == RECOMMENDED;
    }
}
