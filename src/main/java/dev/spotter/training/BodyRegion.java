package dev.spotter.training;

/**
 * Where it hurts, in the regions a client can point to, each with the condition of the studio's condition rules
 * that a coach would most often record for it (null where no single one fits). It is a suggestion the coach
 * confirms, changes or dismisses, never a diagnosis.
 */
public enum BodyRegion {
    NECK("Neck", "neck-pain"),
    SHOULDER("Shoulder", "shoulder-impingement"),
    ELBOW("Elbow", "tennis-elbow"),
    WRIST_HAND("Wrist or hand", "wrist-pain-carpal-tunnel"),
    CHEST("Chest", null),
    UPPER_BACK("Upper back", null),
    LOWER_BACK("Lower back", "low-back-pain"),
    HIP("Hip or groin", null),
    KNEE("Knee", "knee-pain"),
    ANKLE_FOOT("Ankle or foot", "ankle-sprain-recent"),
    OTHER("Somewhere else", null);

    private final String label;
    private final String suggestedCondition;

    BodyRegion(String label, String suggestedCondition) {
        this.label = label;
        this.suggestedCondition = suggestedCondition;
    }

    public String label() {
        return label;
    }

    /** The condition rule key to suggest to the coach, or null. */
    public String suggestedCondition() {
        return suggestedCondition;
    }

    /** Whether a side (left, right, both) applies. */
    public boolean sided() {
        return switch (this) {
            case SHOULDER, ELBOW, WRIST_HAND, HIP, KNEE, ANKLE_FOOT -> true;
            default -> false;
        };
    }
}
