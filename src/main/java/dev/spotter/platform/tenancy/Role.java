package dev.spotter.platform.tenancy;

/** What a member may do in their studio. */
public enum Role {
    /** Runs the studio: settings, team, billing; also coaches. */
    OWNER("Owner"),
    /** Coaches clients. */
    TRAINER("Trainer"),
    /** Trains; sees only their own data. */
    CLIENT("Client");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean coaches() {
        return this != CLIENT;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
