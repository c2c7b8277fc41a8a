package dev.spotter.science;

/**
 * One set as the client did it: the load in kilograms (0 for body weight), the repetitions, and the effort if it
 * was rated, as an RPE on the repetitions-in-reserve scale (Zourdos MC et al. J Strength Cond Res
 * 2016;30(1):267-75), where RPE 10 is no repetition left and RPE 8 two.
 */
public record LoggedSet(double loadKg, int reps, Double rpe) {

    public LoggedSet {
        if (!(loadKg >= 0 && loadKg <= 1000)) {
            throw new IllegalArgumentException("load must be between 0 and 1000 kg");
        }
        if (reps < 1 || reps > 100) {
            throw new IllegalArgumentException("reps must be between 1 and 100");
        }
        if (rpe != null && !(rpe >= 1 && rpe <= 10)) {
            throw new IllegalArgumentException("RPE must be between 1 and 10");
        }
    }

    /** A set without a rating of effort. */
    public static LoggedSet of(double loadKg, int reps) {
        return new LoggedSet(loadKg, reps, null);
    }

    /** A set rated by RPE. */
    public static LoggedSet withRpe(double loadKg, int reps, double rpe) {
        return new LoggedSet(loadKg, reps, rpe);
    }

    /** A set rated by repetitions in reserve, which the scale maps one to one: RPE = 10 - RIR. */
    public static LoggedSet withRir(double loadKg, int reps, int rir) {
        if (rir < 0 || rir > 9) {
            throw new IllegalArgumentException("RIR must be between 0 and 9");
        }
        return new LoggedSet(loadKg, reps, 10.0 - rir);
    }

    /** Load times repetitions, the set's share of a session's volume load. */
    public double volumeKg() {
        return loadKg * reps;
    }
}
