package dev.spotter.science.assessment;

/**
 * Adult blood-pressure categories of the 2017 ACC/AHA guideline (Whelton PK, Carey RM, Aronow WS, et al. 2017
 * ACC/AHA/AAPA/ABC/ACPM/AGS/APhA/ASH/ASPC/NMA/PCNA Guideline for the Prevention, Detection, Evaluation, and
 * Management of High Blood Pressure in Adults. Hypertension 2018;71(6):e13-e115, Table 6; hypertensive crisis,
 * section 11.2: systolic above 180 and/or diastolic above 120 mm Hg). When the two pressures fall in different
 * categories the higher one applies, as the guideline directs.
 */
public final class BloodPressure {

    public static final String SOURCE = "Whelton et al. 2017 ACC/AHA guideline, Hypertension 2018;71:e13-e115, "
            + "Table 6";

    private BloodPressure() {
    }

    /** A blood-pressure category, from lowest to highest. */
    public enum Category {
        NORMAL("Normal"),
        ELEVATED("Elevated"),
        STAGE_1("Stage 1 hypertension"),
        STAGE_2("Stage 2 hypertension"),
        HYPERTENSIVE_CRISIS("Hypertensive crisis");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The category of one reading in mm Hg; the higher of the systolic and diastolic categories. */
    public static Category classify(int systolic, int diastolic) {
        Input.SYSTOLIC_MMHG.require((double) systolic);
        Input.DIASTOLIC_MMHG.require((double) diastolic);
        if (diastolic >= systolic) {
            throw new IllegalArgumentException("diastolic pressure must be below systolic pressure");
        }
        Category bySystolic = systolic > 180 ? Category.HYPERTENSIVE_CRISIS
                : systolic >= 140 ? Category.STAGE_2
                : systolic >= 130 ? Category.STAGE_1
                : systolic >= 120 ? Category.ELEVATED
                : Category.NORMAL;
        Category byDiastolic = diastolic > 120 ? Category.HYPERTENSIVE_CRISIS
                : diastolic >= 90 ? Category.STAGE_2
                : diastolic >= 80 ? Category.STAGE_1
                : Category.NORMAL;
        return bySystolic.compareTo(byDiastolic) >= 0 ? bySystolic : byDiastolic;
    }
}
