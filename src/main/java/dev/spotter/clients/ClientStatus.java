package dev.spotter.clients;

/** Where a client is in their relationship with the studio. */
public enum ClientStatus {
    LEAD("Lead"), ACTIVE("Active"), PAUSED("Paused"), FORMER("Former");

    private final String label;

    ClientStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
