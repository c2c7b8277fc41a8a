package dev.spotter.training.engine;

import java.util.List;
import java.util.OptionalDouble;

import dev.spotter.science.Energy;

/**
 * An estimate of the energy a workout cost: each timed part (a rower interval, a walk) at its exercise's MET for
 * its minutes, and the rest of the session's minutes at the average MET of the other exercises trained, from the
 * 2011 Compendium of Physical Activities (Ainsworth BE et al. Med Sci Sports Exerc 2011;43(8):1575-81). When no
 * exercise carries a MET, the rest counts as resistance training of moderate effort, Compendium code 02054 at
 * 3.5 METs. kcal/min = MET x 3.5 x kg / 200 ({@link Energy#kcalPerMinute}).
 */
public final class SessionEnergy {

    /** Compendium 2011, code 02054: resistance training, multiple exercises, 8-15 repetitions at varied resistance. */
    public static final double RESISTANCE_MET = 3.5;

    private SessionEnergy() {
    }

    /** One exercise of the workout: its MET (null when unknown) and the seconds logged as timed work, if any. */
    public record Part(Double met, int timedSeconds) {

        public Part {
            if (timedSeconds < 0) {
                throw new IllegalArgumentException("timed seconds cannot be negative");
            }
        }
    }

    /** Kilocalories for a session of {@code minutes} at {@code bodyMassKg}, rounded to the nearest 5. */
    public static long kcal(List<Part> parts, int minutes, double bodyMassKg) {
        if (minutes < 0 || minutes > 1440) {
            throw new IllegalArgumentException("minutes must be between 0 and 1440");
        }
        double timedMinutes = 0;
        double kcal = 0;
        for (Part part : parts) {
            if (part.timedSeconds() > 0 && part.met() != null) {
                double partMinutes = part.timedSeconds() / 60.0;
                timedMinutes += partMinutes;
                kcal += Energy.kcalPerMinute(part.met(), bodyMassKg) * partMinutes;
            }
        }
        OptionalDouble otherMet = parts.stream()
                .filter(part -> part.timedSeconds() == 0 && part.met() != null)
                .mapToDouble(Part::met).average();
        double rest = Math.max(0, minutes - timedMinutes);
        kcal += Energy.kcalPerMinute(otherMet.orElse(RESISTANCE_MET), bodyMassKg) * rest;
        return Math.round(kcal / 5) * 5;
    }
}
