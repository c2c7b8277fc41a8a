package dev.spotter.science;

/** Energy spent in an activity from its MET value (such as {@code Exercise.met()}) and the client's body mass. */
public final class Energy {

    private Energy() {
    }

    /**
     * Kilocalories per minute = MET x 3.5 x body mass (kg) / 200: one MET is 3.5 mL of oxygen per kg per minute,
     * and a litre of oxygen yields about 5 kcal (American College of Sports Medicine. ACSM's Guidelines for
     * Exercise Testing and Prescription, 11th ed. Philadelphia: Wolters Kluwer; 2021, metabolic calculations).
     */
    public static double kcalPerMinute(double met, double bodyMassKg) {
        if (!(met >= 0.9 && met <= 25)) {
            throw new IllegalArgumentException("MET must be between 0.9 and 25");
        }
        if (!(bodyMassKg >= 20 && bodyMassKg <= 350)) {
            throw new IllegalArgumentException("body mass must be between 20 and 350 kg");
        }
        return met * 3.5 * bodyMassKg / 200;
    }

    /** Kilocalories for a session of the given minutes at one MET value. */
    public static double sessionKcal(double met, double bodyMassKg, double minutes) {
        if (!(minutes >= 0 && minutes <= 1440)) {
            throw new IllegalArgumentException("minutes must be between 0 and 1440");
        }
        return kcalPerMinute(met, bodyMassKg) * minutes;
    }
}
