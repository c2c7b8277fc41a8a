package dev.spotter.programs.engine;

import dev.spotter.clients.Goal;

/** The kind of program a trainer writes, which decides its split, doses and checks. */
public enum Specialisation {
    GENERAL_FITNESS("General fitness", "Balanced strength, cardio and mobility for health."),
    WEIGHT_LOSS("Weight loss", "Energy expenditure from cardio and full-body strength to keep muscle."),
    MUSCLE_GAIN("Muscle gain / bodybuilding", "Enough hard sets per muscle each week, close to failure."),
    STRENGTH("Strength", "Heavy compound lifts, progressing load, longer rests."),
    STRENGTH_CONDITIONING("Strength and conditioning", "Power, plyometrics and speed on a strength base."),
    ENDURANCE("Cardiovascular health / endurance", "Aerobic minutes in heart-rate zones, with strength twice a week."),
    MOBILITY("Mobility", "Range of motion, control and easy strength through it."),
    YOUTH("Youth", "Technique, movement skill and play; never maximal loads."),
    SENIOR("Senior", "Strength, power and balance for independence and fall prevention.");

    private final String label;
    private final String summary;

    Specialisation(String label, String summary) {
        this.label = label;
        this.summary = summary;
    }

    public String label() {
        return label;
    }

    public String summary() {
        return summary;
    }

    /** The specialisation a trainer would start from for this goal and age. */
    public static Specialisation suggested(Goal goal, Integer age) {
        if (age != null && age < 18) {
            return YOUTH;
        }
        if (age != null && age >= 65) {
            return SENIOR;
        }
        if (goal == null) {
            return GENERAL_FITNESS;
        }
        return switch (goal) {
            case WEIGHT_LOSS -> WEIGHT_LOSS;
            case MUSCLE_GAIN -> MUSCLE_GAIN;
            case STRENGTH -> STRENGTH;
            case CARDIOVASCULAR_HEALTH -> ENDURANCE;
            case MOBILITY -> MOBILITY;
            case SPORT_PERFORMANCE -> STRENGTH_CONDITIONING;
            case GENERAL_HEALTH -> GENERAL_FITNESS;
        };
    }
}
