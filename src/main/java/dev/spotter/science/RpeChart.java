package dev.spotter.science;

/**
 * The repetitions-in-reserve RPE chart: the per cent of 1RM that a set of 1 to 12 repetitions represents at an RPE
 * from 6.5 to 10, so that a logged set gives an estimated 1RM and an estimated 1RM gives the load for a prescribed
 * set.
 */
public final class RpeChart {

    /** The fewest and most repetitions the chart covers. */
    public static final int MIN_REPS = 1;
    public static final int MAX_REPS = 12;

    /** The lowest and highest RPE the chart covers, in half steps. */
    public static final double MIN_RPE = 6.5;
    public static final double MAX_RPE = 10;

    private static final double MAX_LOAD_KG = 1000;

    // Tuchscherer M. The Reactive Training Manual. Reactive Training Systems; 2008, as reproduced in Helms ER,
    // Cronin J, Storey A, Zourdos MC. Application of the repetitions in reserve-based rating of perceived exertion
    // scale for resistance training. Strength Cond J 2016;38(4):42-49. Per cent of 1RM; rows are RPE 10 down to
    // 6.5 in half steps, columns are 1 to 12 repetitions. RPE 10 means no repetition left in reserve, RPE 9 one.
    private static final double[][] PERCENT = {
            /* 10  */ {100.0, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0},
            /* 9.5 */ {97.8, 93.9, 90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7},
            /* 9   */ {95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3},
            /* 8.5 */ {93.9, 90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7, 64.0},
            /* 8   */ {92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3, 62.6},
            /* 7.5 */ {90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7, 64.0, 61.3},
            /* 7   */ {89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3, 62.6, 59.9},
            /* 6.5 */ {87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7, 64.0, 61.3, 58.6},
    };

    private RpeChart() {
    }

    /** Whether the chart has a cell for this set. */
    public static boolean covers(int reps, double rpe) {
        return reps >= MIN_REPS && reps <= MAX_REPS
                && rpe >= MIN_RPE && rpe <= MAX_RPE && rpe * 2 == Math.rint(rpe * 2);
    }

    /** The per cent of 1RM (0-100) that this many repetitions at this RPE represent. */
    public static double percentOf1Rm(int reps, double rpe) {
        if (reps < MIN_REPS || reps > MAX_REPS) {
            throw new IllegalArgumentException("reps must be between 1 and 12 to use the RPE chart");
        }
        if (!covers(reps, rpe)) {
            throw new IllegalArgumentException("RPE must be between 6.5 and 10 in half steps to use the RPE chart");
        }
        int row = (int) Math.round((MAX_RPE - rpe) * 2);
        return PERCENT[row][reps - 1];
    }

    /** The RPE-adjusted estimated 1RM of a set: its load divided by the chart's fraction. */
    public static double estimate1Rm(double loadKg, int reps, double rpe) {
        requireLoad(loadKg, "load");
        return loadKg / (percentOf1Rm(reps, rpe) / 100);
    }

    /** The load that should take this many repetitions at this RPE for someone with this estimated 1RM. */
    public static double loadFor(double e1RmKg, int reps, double rpe) {
        requireLoad(e1RmKg, "estimated 1RM");
        return e1RmKg * percentOf1Rm(reps, rpe) / 100;
    }

    private static void requireLoad(double kg, String field) {
        if (!(kg > 0 && kg <= MAX_LOAD_KG)) {
            throw new IllegalArgumentException(field + " must be above 0 and at most 1000 kg");
        }
    }
}
