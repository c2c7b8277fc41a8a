package dev.spotter.science;

/**
 * Estimated one-repetition maximum from a set taken close to failure, by the published prediction equations.
 *
 * <p>All seven equations were compared by LeSuer DA, McCormick JH, Mayhew JL, Wasserstein RL, Arnold MD. The
 * accuracy of prediction equations for estimating 1-RM performance in the bench press, squat, and deadlift.
 * J Strength Cond Res 1997;11(4):211-3, on sets of up to 10 repetitions; predictions grow less accurate as the
 * repetitions rise past about 10 (also Reynolds JM, Gordon TJ, Robergs RA. J Strength Cond Res
 * 2006;20(3):584-92). Spotter accepts up to {@value #MAX_REPS} repetitions: past that the equations no longer agree
 * even roughly (at 15 repetitions they already spread from 1.31 to 1.64 times the load) and some of them head
 * towards a division by zero (Brzycki at 37, Lander at 38), so a figure would mislead more than it helps.
 * {@link #reliable(int)} tells whether a set is within the range where the estimates were validated.
 */
public final class OneRepMax {

    /** The most repetitions an estimate is made from. */
    public static final int MAX_REPS = 15;

    /** The most repetitions for which the equations were validated (LeSuer et al. 1997). */
    public static final int RELIABLE_REPS = 10;

    private static final double MAX_LOAD_KG = 1000;

    private OneRepMax() {
    }

    /** The estimate by Epley's equation, Spotter's default. */
    public static double estimate(double loadKg, int reps) {
        return Formula.EPLEY.estimate(loadKg, reps);
    }

    /** Whether a set of this many repetitions is inside the range the equations were validated on. */
    public static boolean reliable(int reps) {
        return reps >= 1 && reps <= RELIABLE_REPS;
    }

    /** A published 1RM prediction equation. */
    public enum Formula {
        /** Epley B. Poundage chart. Boyd Epley Workout. Lincoln, NE: Body Enterprises; 1985. 1RM = w (1 + r/30). */
        EPLEY("Epley") {
            @Override
            double factor(int reps) {
                return 1 + reps / 30.0;
            }
        },
        /**
         * Brzycki M. Strength testing: predicting a one-rep max from reps-to-fatigue. J Phys Educ Recreat Dance
         * 1993;64(1):88-90. 1RM = w / (1.0278 - 0.0278 r), as the article prints it (close to 36 / (37 - r)).
         */
        BRZYCKI("Brzycki") {
            @Override
            double factor(int reps) {
                return 1 / (1.0278 - 0.0278 * reps);
            }
        },
        /** Lombardi VP. Beginning Weight Training. Dubuque, IA: WC Brown; 1989. 1RM = w r^0.10. */
        LOMBARDI("Lombardi") {
            @Override
            double factor(int reps) {
                return Math.pow(reps, 0.10);
            }
        },
        /**
         * Mayhew JL, Ball TE, Arnold MD, Bowen JC. Relative muscular endurance performance as a predictor of bench
         * press strength in college men and women. J Appl Sport Sci Res 1992;6(4):200-6.
         * 1RM = 100 w / (52.2 + 41.9 e^(-0.055 r)).
         */
        MAYHEW("Mayhew et al.") {
            @Override
            double factor(int reps) {
                return 100 / (52.2 + 41.9 * Math.exp(-0.055 * reps));
            }
        },
        /**
         * O'Conner B, Simmons J, O'Shea P. Weight Training Today. St Paul, MN: West Publishing; 1989.
         * 1RM = w (1 + 0.025 r).
         */
        OCONNER("O'Conner et al.") {
            @Override
            double factor(int reps) {
                return 1 + 0.025 * reps;
            }
        },
        /**
         * Wathan D. Load assignment. In: Baechle TR (ed). Essentials of Strength Training and Conditioning.
         * Champaign, IL: Human Kinetics; 1994:435-46. 1RM = 100 w / (48.8 + 53.8 e^(-0.075 r)).
         */
        WATHAN("Wathan") {
            @Override
            double factor(int reps) {
                return 100 / (48.8 + 53.8 * Math.exp(-0.075 * reps));
            }
        },
        /**
         * Lander J. Maximum based on reps. Natl Strength Cond Assoc J 1985;6(6):60-1.
         * 1RM = 100 w / (101.3 - 2.67123 r).
         */
        LANDER("Lander") {
            @Override
            double factor(int reps) {
                return 100 / (101.3 - 2.67123 * reps);
            }
        };

        private final String label;

        Formula(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The estimated 1RM in kilograms; a single repetition is its own maximum. */
        public double estimate(double loadKg, int reps) {
            if (!(loadKg > 0 && loadKg <= MAX_LOAD_KG)) {
                throw new IllegalArgumentException("load must be above 0 and at most 1000 kg");
            }
            if (reps < 1 || reps > MAX_REPS) {
                throw new IllegalArgumentException("reps must be between 1 and " + MAX_REPS
                        + " to estimate a one-rep max");
            }
            // The equations were fitted to multi-repetition sets and do not all pass through 1RM = w at one
            // repetition (Mayhew gives 1.09 w), so a single is taken as what it is.
            return reps == 1 ? loadKg : loadKg * factor(reps);
        }

        abstract double factor(int reps);
    }
}
