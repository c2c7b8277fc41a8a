package dev.spotter.programs.engine;

/**
 * How much of an exercise one set is: a rep range (low equal to high for a fixed number), a time or a distance.
 * Exactly one of the three is given.
 */
public record Dose(Integer repsLow, Integer repsHigh, Integer seconds, Integer metres) {

    public Dose {
        int given = (repsLow != null || repsHigh != null ? 1 : 0) + (seconds != null ? 1 : 0)
                + (metres != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("A dose is reps, a time or a distance");
        }
        if (repsLow != null || repsHigh != null) {
            if (repsLow == null) {
                repsLow = repsHigh;
            }
            if (repsHigh == null) {
                repsHigh = repsLow;
            }
            if (repsLow < 1 || repsHigh > 100 || repsLow > repsHigh) {
                throw new IllegalArgumentException("Reps must be between 1 and 100, low before high");
            }
        }
        if (seconds != null && (seconds < 5 || seconds > 4 * 3600)) {
            throw new IllegalArgumentException("A timed set lasts between 5 seconds and 4 hours");
        }
        if (metres != null && (metres < 1 || metres > 100_000)) {
            throw new IllegalArgumentException("A distance is between 1 m and 100 km");
        }
    }

    public static Dose reps(int low, int high) {
        return new Dose(low, high, null, null);
    }

    public static Dose reps(int exactly) {
        return new Dose(exactly, exactly, null, null);
    }

    public static Dose seconds(int seconds) {
        return new Dose(null, null, seconds, null);
    }

    public static Dose minutes(int minutes) {
        return new Dose(null, null, minutes * 60, null);
    }

    public static Dose metres(int metres) {
        return new Dose(null, null, null, metres);
    }

    public boolean byReps() {
        return repsLow != null;
    }

    /** "8-12 reps", "5 reps", "45 s", "20 min", "400 m". */
    public String describe() {
        if (repsLow != null) {
            return (repsLow.equals(repsHigh) ? repsLow + "" : repsLow + "-" + repsHigh) + (repsHigh == 1 ? " rep"
                    : " reps");
        }
        if (seconds != null) {
            return seconds >= 120 && seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
        }
        return metres >= 1000 && metres % 100 == 0 ? (metres / 1000.0 + " km").replace(".0 km", " km") : metres + " m";
    }
}
