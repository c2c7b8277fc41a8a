package dev.spotter.programs.engine;

/** The parts of a session, in the order they are trained. */
public enum BlockKind {
    WARM_UP("Warm-up"),
    POWER("Power and plyometrics"),
    STRENGTH("Main strength"),
    ACCESSORY("Accessory"),
    BALANCE("Balance"),
    CONDITIONING("Conditioning and cardio"),
    MOBILITY("Mobility and flexibility"),
    COOL_DOWN("Cool-down and mobility");

    private final String label;

    BlockKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether sets in this block count as hard sets toward weekly volume. */
    public boolean countsAsHardSets() {
        return this == STRENGTH || this == ACCESSORY || this == POWER;
    }
}
