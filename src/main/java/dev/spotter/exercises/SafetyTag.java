package dev.spotter.exercises;

/** What an exercise asks of the body; screening maps conditions and injuries onto these tags. */
public enum SafetyTag implements Labelled {
    LOADED_DEEP_KNEE_FLEXION("Loaded deep knee bend"),
    DEEP_HIP_FLEXION("Deep hip flexion"),
    LOADED_SPINAL_FLEXION("Loaded spinal flexion"),
    SPINAL_EXTENSION("Spinal extension"),
    LOADED_SPINAL_ROTATION("Loaded spinal rotation"),
    AXIAL_LOADING("Axial spinal loading"),
    OVERHEAD_SHOULDER("Arms overhead"),
    DEEP_SHOULDER_EXTENSION("Deep shoulder extension"),
    IMPACT("Impact and jumping"),
    SUPINE("Lying on the back"),
    PRONE("Lying face down"),
    KNEELING("Kneeling"),
    FLOOR_TRANSITION("Getting down to the floor"),
    HIGH_BALANCE_DEMAND("High balance demand"),
    FALL_RISK("Fall risk"),
    VALSALVA("Breath-holding strain"),
    LOADED_WRIST_EXTENSION("Loaded wrist extension"),
    GRIP_DEMAND("Hard grip"),
    HEAD_BELOW_HEART("Head below heart");

    private final String label;

    SafetyTag(String label) {
        this.label = label;
    }

    /** How the value reads in the interface. */
    @Override
    public String label() {
        return label;
    }
}
