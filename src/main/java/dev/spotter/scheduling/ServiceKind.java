package dev.spotter.scheduling;

/** What sort of session a service is: booked one client at a time, or with a group in a class timetable. */
public enum ServiceKind {
    ONE_TO_ONE("1:1 session", false),
    ASSESSMENT("Assessment", false),
    SMALL_GROUP("Small group", true),
    CLASS("Class", true);

    private final String label;
    private final boolean group;

    ServiceKind(String label, boolean group) {
        this.label = label;
        this.group = group;
    }

    public String label() {
        return label;
    }

    /** Whether it runs on a class timetable with places, rather than being booked from a coach's free slots. */
    public boolean group() {
        return group;
    }
}
