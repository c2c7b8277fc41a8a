package dev.spotter.scheduling;

/** Where a member's place in a class stands; a waitlisted member is promoted to BOOKED when a place frees up. */
public enum PlaceStatus {
    BOOKED("Booked"),
    WAITLISTED("On the waitlist"),
    CANCELLED("Cancelled"),
    LATE_CANCELLED("Cancelled late"),
    NO_SHOW("No-show"),
    ATTENDED("Checked in");

    private final String label;

    PlaceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether it still holds a place or a waitlist position. */
    public boolean live() {
        return this == BOOKED || this == WAITLISTED;
    }
}
