package dev.spotter.exercises;

/** The movement an exercise trains, which is what a safe substitute should keep. */
public enum Pattern implements Labelled {
    SQUAT("Squat"),
    HINGE("Hinge"),
    LUNGE("Lunge and single-leg"),
    HORIZONTAL_PUSH("Horizontal push"),
    HORIZONTAL_PULL("Horizontal pull"),
    VERTICAL_PUSH("Vertical push"),
    VERTICAL_PULL("Vertical pull"),
    CARRY("Carry"),
    ROTATION("Rotation and anti-rotation"),
    CORE("Core flexion and anti-extension"),
    GAIT("Gait and locomotion"),
    FULL_BODY("Full body"),
    ISOLATION("Single-joint"),
    MOBILITY("Mobility");

    private final String label;

    Pattern(String label) {
        this.label = label;
    }

    /** How the value reads in the interface. */
    @Override
    public String label() {
        return label;
    }
}
