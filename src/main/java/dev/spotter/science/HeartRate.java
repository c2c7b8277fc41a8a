package dev.spotter.science;

/** Heart-rate formulas used to turn a per cent of effort into beats per minute. */
public final class HeartRate {

    private HeartRate() {
    }

    /**
     * Age-predicted maximal heart rate, 208 - 0.7 x age (Tanaka H, Monahan KD, Seals DR. J Am Coll Cardiol
     * 2001;37(1):153-6), which holds across adult ages better than 220 - age.
     */
    public static double maxTanaka(int ageYears) {
        if (ageYears < 5 || ageYears > 110) {
            throw new IllegalArgumentException("Age must be between 5 and 110 years");
        }
        return 208 - 0.7 * ageYears;
    }

    /**
     * Target heart rate at a fraction of heart-rate reserve (Karvonen MJ, Kentala E, Mustala O. Ann Med Exp Biol
     * Fenn 1957;35(3):307-15): resting + fraction x (maximal - resting).
     */
    public static double karvonen(double resting, double maximal, double fractionOfReserve) {
        if (resting <= 20 || maximal <= resting) {
            throw new IllegalArgumentException("Resting heart rate must be above 20 and below the maximum");
        }
        if (fractionOfReserve < 0 || fractionOfReserve > 1) {
            throw new IllegalArgumentException("The fraction of heart-rate reserve is between 0 and 1");
        }
        return resting + fractionOfReserve * (maximal - resting);
    }
}
