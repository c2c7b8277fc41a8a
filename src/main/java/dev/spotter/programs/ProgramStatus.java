package dev.spotter.programs;

/** Where a program stands: being written, shown to the client in their portal, or put away. */
public enum ProgramStatus {
    DRAFT("Draft"), PUBLISHED("Published"), ARCHIVED("Archived");

    private final String label;

    ProgramStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
