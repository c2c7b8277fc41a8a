package dev.spotter.scheduling;

/** Where a booking stands. Late cancellations and no-shows are kept apart because billing charges for them. */
public enum BookingStatus {
    BOOKED("Booked"),
    CANCELLED("Cancelled"),
    LATE_CANCELLED("Cancelled late"),
    NO_SHOW("No-show"),
    ATTENDED("Attended");

    private final String label;

    BookingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean cancelled() {
        return this == CANCELLED || this == LATE_CANCELLED;
    }
}
