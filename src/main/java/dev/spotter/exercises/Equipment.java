package dev.spotter.exercises;

/** Something an exercise needs; NONE means body weight alone. */
public enum Equipment implements Labelled {
    NONE("No equipment"),
    MAT("Mat"),
    CHAIR("Chair"),
    WALL("Wall"),
    STEP("Step or box"),
    BANDS("Resistance band"),
    MINI_BAND("Mini band"),
    DUMBBELL("Dumbbells"),
    KETTLEBELL("Kettlebell"),
    BARBELL("Barbell"),
    RACK("Rack"),
    BENCH("Bench"),
    MACHINE("Machine"),
    CABLE("Cable"),
    PULL_UP_BAR("Pull-up bar"),
    SUSPENSION_TRAINER("Suspension trainer"),
    MEDICINE_BALL("Medicine ball"),
    STABILITY_BALL("Stability ball"),
    FOAM_ROLLER("Foam roller"),
    SLED("Sled"),
    JUMP_ROPE("Jump rope"),
    TREADMILL("Treadmill"),
    STATIONARY_BIKE("Stationary bike"),
    ROWER("Rowing machine"),
    ELLIPTICAL("Elliptical"),
    STAIR_CLIMBER("Stair climber"),
    SKI_ERG("Ski ergometer"),
    POOL("Pool");

    private final String label;

    Equipment(String label) {
        this.label = label;
    }

    /** How the value reads in the interface. */
    @Override
    public String label() {
        return label;
    }
}
