package dev.spotter.exercises;

/** A muscle group an exercise trains. */
public enum Muscle implements Labelled {
    CHEST("Chest"),
    UPPER_BACK("Upper back"),
    LATS("Lats"),
    LOWER_BACK("Lower back"),
    TRAPS("Traps"),
    FRONT_DELTS("Front delts"),
    SIDE_DELTS("Side delts"),
    REAR_DELTS("Rear delts"),
    ROTATOR_CUFF("Rotator cuff"),
    BICEPS("Biceps"),
    TRICEPS("Triceps"),
    FOREARMS("Forearms"),
    ABS("Abs"),
    OBLIQUES("Obliques"),
    GLUTES("Glutes"),
    HIP_FLEXORS("Hip flexors"),
    QUADS("Quads"),
    HAMSTRINGS("Hamstrings"),
    ADDUCTORS("Adductors"),
    ABDUCTORS("Abductors"),
    CALVES("Calves"),
    SHINS("Shins"),
    NECK("Neck");

    private final String label;

    Muscle(String label) {
        this.label = label;
    }

    /** How the value reads in the interface. */
    @Override
    public String label() {
        return label;
    }
}
