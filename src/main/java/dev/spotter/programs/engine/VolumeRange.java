package dev.spotter.programs.engine;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import dev.spotter.exercises.Muscle;

/**
 * Weekly hard sets per major muscle group that a specialisation aims for, in a normal (not deload) week. A set
 * counts once toward every group among the exercise's primary muscles.
 */
public record VolumeRange(int min, int max, String source) {

    /**
     * The major muscle groups weekly volume is counted for, and the muscles that make each one up. The glutes are
     * a prime mover in nearly every squat, hinge and lunge, so their volume follows the quads and hamstrings and
     * is not counted separately.
     */
    public static final Map<String, Set<Muscle>> MAJOR_GROUPS = Map.of(
            "Chest", EnumSet.of(Muscle.CHEST),
            "Back", EnumSet.of(Muscle.UPPER_BACK, Muscle.LATS),
            "Shoulders", EnumSet.of(Muscle.FRONT_DELTS, Muscle.SIDE_DELTS, Muscle.REAR_DELTS),
            "Quads", EnumSet.of(Muscle.QUADS),
            "Hamstrings", EnumSet.of(Muscle.HAMSTRINGS));

    public static VolumeRange of(Specialisation specialisation) {
        return switch (specialisation) {
            // 2-4 sets per muscle group on 2-3 days a week.
            case GENERAL_FITNESS, WEIGHT_LOSS -> new VolumeRange(4, 12, Sources.ACSM_QUANTITY_QUALITY_2011);
            // 10 or more weekly sets per muscle gave the largest gains; beyond about 20 adds recovery cost.
            case MUSCLE_GAIN -> new VolumeRange(10, 20, Sources.SCHOENFELD_VOLUME_2017);
            case STRENGTH, STRENGTH_CONDITIONING -> new VolumeRange(6, 15, Sources.ACSM_PROGRESSION_2009);
            case ENDURANCE, MOBILITY -> new VolumeRange(2, 10, Sources.PA_GUIDELINES_2018);
            case YOUTH -> new VolumeRange(2, 10, Sources.NSCA_YOUTH_2009);
            case SENIOR -> new VolumeRange(2, 10, Sources.ACSM_OLDER_ADULTS_2009);
        };
    }
}
